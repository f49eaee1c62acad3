import type { CreatedInvitation, Me } from '@carehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, patientIdByName, signedIn } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';
import { startTestSmtp, type TestSmtp } from '../support/smtp';
import { waitFor } from '../support/wait';

/** The e-mail's text with quoted-printable soft breaks and escapes undone, so accented words read as written. */
const readable = (raw: string): string => Buffer.from(
  raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
  'latin1',
).toString('utf8');

describe('the invitee\'s language: the coordinator picks it, the e-mail is written in it, the account starts with it', () => {
  let smtp: TestSmtp;
  let server: TestServer;
  let coordinator: ApiClient;
  let rosaId: string;
  const invite = async (email: string, language?: string) => {
    const res = await coordinator.post(`/api/patients/${rosaId}/invitations`, { email, relationship: 'son', consentMethod: 'verbal', ...(language ? { language } : {}) });
    expect(res.status).toBe(201);
    return (await res.json()) as CreatedInvitation;
  };
  const mailTo = async (email: string) => {
    await waitFor(() => smtp.received.some((m) => m.to === email), `the invitation e-mail to ${email}`);
    return smtp.received.find((m) => m.to === email)!;
  };

  beforeAll(async () => {
    smtp = await startTestSmtp();
    server = await startTestServer({ smtpUrl: smtp.url, invitationsBySmtp: true });
    coordinator = await signedIn(server.url, 'coordinator');
    rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
  });
  afterAll(async () => {
    await server.close();
    await smtp.close();
  });

  it('requires sign-in to change one\'s language, and refuses a language CareHuddle does not speak with a sentence', async () => {
    expect((await new ApiClient(server.url).put('/api/account/language', { preferredLanguage: 'es' })).status).toBe(401);
    const refused = await coordinator.put('/api/account/language', { preferredLanguage: 'fr' });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain('Choose English or Spanish.');
  });

  it('1. the coordinator invites a Spanish-speaking son; 2. the e-mail is in Spanish; 3. his account starts in Spanish; 4. he switches to English', async () => {
    // 1–2. The e-mail: Spanish subject and sentences, the expiry in Spanish in the organization's time zone, the link, nothing clinical.
    const created = await invite('hijo.delgado@example.org', 'es');
    const mail = await mailTo('hijo.delgado@example.org');
    expect(mail.subject).toBe('Le invitan a revisar un plan de cuidado');
    const text = readable(mail.raw);
    expect(text).toContain('Maya Chen le invitó a revisar un plan de cuidado en CareHuddle.');
    expect(text).toContain('funciona una sola vez, hasta el');
    expect(text).toMatch(/de \d{4}/);
    expect(text).not.toContain('invited you');
    expect(text).toContain(created.link);

    // 3. Accepting makes an account whose pages start in Spanish.
    const son = new ApiClient(server.url);
    const token = created.link.split('/invite/')[1]!;
    expect((await son.post(`/api/invitations/${token}/accept`, { name: 'Marco Delgado', password: 'a-caregiver-password' })).status).toBe(201);
    expect(((await (await son.get('/api/me')).json()) as Me).preferredLanguage).toBe('es');

    // 4. He prefers English after all: the choice is saved on his account.
    expect((await son.put('/api/account/language', { preferredLanguage: 'en' })).status).toBe(204);
    expect(((await (await son.get('/api/me')).json()) as Me).preferredLanguage).toBe('en');
  });

  it('an invitation without a language is written in English', async () => {
    await invite('daughter.delgado@example.org');
    const mail = await mailTo('daughter.delgado@example.org');
    expect(mail.subject).toBe('You are invited to a care plan review');
    expect(readable(mail.raw)).toContain('Maya Chen invited you to join a care plan review on CareHuddle.');
  });
});
