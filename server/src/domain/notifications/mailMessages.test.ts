import { describe, expect, it } from 'vitest';
import { digestMail, familyMessageMail, mentionMail } from './mailMessages';

describe('notification e-mails carry a sentence and a link only', () => {
  it('a mention names the colleague and the link, never the patient', () => {
    const mail = mentionMail('Maya Chen', 'https://carehuddle.example.org/notifications');
    expect(mail.subject).toBe('You were mentioned in CareHuddle');
    expect(mail.body).toContain('Maya Chen mentioned you in a huddle note about a patient on your care team.');
    expect(mail.body).toContain('https://carehuddle.example.org/notifications');
  });

  it('a family message names nobody', () => {
    expect(familyMessageMail('https://x.test/notifications').body.split('\n')[0]).toBe('A family member wrote a message about a patient on your care team.');
  });

  it('the digest counts worklist items (deadlines and tasks) in words, singular and plural, leaving out a zero', () => {
    expect(digestMail(1, 0, 'l').body.split('\n')[0]).toBe('You have 1 item due today on your worklist.');
    expect(digestMail(0, 3, 'l').body.split('\n')[0]).toBe('You have 3 items overdue on your worklist.');
    expect(digestMail(2, 1, 'l').body.split('\n')[0]).toBe('You have 2 items due today and 1 item overdue on your worklist.');
  });
});
