import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientIdByName, signedIn, type ApiClient } from '../support/http';
import { ManualClock, startTestServer, type TestServer } from '../support/server';
import { startTestSmtp, type TestSmtp } from '../support/smtp';
import { ask, key, socketPool } from '../support/socket';
import { waitFor } from '../support/wait';

describe('notification e-mail over a real SMTP server', () => {
  let smtp: TestSmtp;
  let server: TestServer;
  // 10:00 in New York.
  const clock = new ManualClock(new Date('2026-11-20T15:00:00.000Z'));
  let coordinator: ApiClient;
  let physician: ApiClient;
  let nurse: ApiClient;
  let pharmacist: ApiClient;
  let rosaId: string;
  const ids: Record<string, string> = {};
  const sockets = socketPool(() => server.url);
  const logLines: string[] = [];
  const mailsTo = (who: string) => smtp.received.filter((m) => m.to === `${who}@demo.carehuddle.test`);
  const mention = async (mentions: string[]) => {
    const author = await sockets.open(coordinator, rosaId);
    const answer = await ask(author, 'note:create', { patientId: rosaId, body: 'Rosa fell at home; please review her fall-risk plan', mentions, idempotencyKey: key() });
    expect(answer.error).toBeUndefined();
  };

  /**
   * Waits until the periodic look (digests, then the sweep of expired notifications) has run whole since now:
   * an expired notification put in twice is swept twice, and the second look began after the first ended.
   */
  let probes = 0;
  const aLookHasPassed = async () => {
    for (let i = 0; i < 2; i += 1) {
      const id = `probe-${(probes += 1)}`;
      await server.services.store.notifications.insert({
        id, userId: 'probe', kind: 'tasks_due', patientId: null, actorId: null, subjectId: null, dedupeKey: id,
        createdAt: '2026-01-01T00:00:00.000Z', expiresAt: '2026-01-02T00:00:00.000Z', readAt: null,
      }, 1);
      await waitFor(async () => (await server.services.store.notifications.listForUser('probe', '2026-01-01T12:00:00.000Z', 1)).length === 0, 'a look of the queue');
    }
  };

  beforeAll(async () => {
    smtp = await startTestSmtp();
    server = await startTestServer({
      // Sessions outlast the hours the clock is moved by.
      clock, idleMinutes: 600, smtpUrl: smtp.url, tuning: { notifications: { pollMs: 50, backoffMs: 60_000 } },
      logSink: new Writable({ write(chunk: Buffer, _enc, done) { logLines.push(chunk.toString()); done(); } }),
    });
    coordinator = await signedIn(server.url, 'coordinator');
    physician = await signedIn(server.url, 'physician');
    nurse = await signedIn(server.url, 'nurse');
    pharmacist = await signedIn(server.url, 'pharmacist');
    rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
    for (const [name, client] of [['coordinator', coordinator], ['physician', physician], ['nurse', nurse], ['pharmacist', pharmacist]] as const) {
      ids[name] = ((await (await client.get('/api/me')).json()) as { id: string }).id;
    }
  });
  afterAll(async () => {
    sockets.closeAll();
    await server.close();
    await smtp.close();
  });

  it('a mention is e-mailed at once: who mentioned them and a link, no patient name or note text', async () => {
    await mention([ids.physician!]);
    await waitFor(() => mailsTo('physician').length === 1, 'the mention e-mail');
    const mail = mailsTo('physician')[0]!;
    expect(mail.subject).toBe('You were mentioned in CareHuddle');
    expect(mail.raw).toContain('Maya Chen mentioned you in a huddle note about a patient on your care team.');
    expect(mail.raw).toContain(`${server.url}/notifications`);
    expect(mail.raw).not.toMatch(/Rosa|Delgado|fall/);
    expect(mail.messageId).toMatch(/^<[0-9a-f-]{36}@carehuddle\.test>$/);
  });

  it('preferences are respected: 1. the physician turns mention e-mails off; 2. a note mentions the physician and the nurse; 3. only the nurse is e-mailed, both are notified in the app', async () => {
    const settings = await (await physician.get('/api/account/notification-settings')).json() as { preferences: Record<string, unknown>; emailAvailable: boolean };
    expect(settings).toEqual({ emailAvailable: true, preferences: { emailMentions: true, emailFamilyMessages: true, emailDigest: true, digestTime: '07:00', timeZone: 'America/New_York' } });
    const saved = await physician.request('PUT', '/api/account/notification-settings', { ...settings.preferences, emailMentions: false });
    expect(saved.status).toBe(200);
    const before = mailsTo('physician').length;
    // The physician comes first: their (absent) job would be queued before the nurse's.
    await mention([ids.physician!, ids.nurse!]);
    await waitFor(() => mailsTo('nurse').length === 1, 'the nurse\'s e-mail');
    expect(mailsTo('physician')).toHaveLength(before);
    expect(await server.services.store.mailJobs.countPending(ids.physician!)).toBe(0);
    const center = await (await physician.get('/api/notifications')).json() as { notifications: Array<{ kind: string }> };
    expect(center.notifications.filter((n) => n.kind === 'mention')).toHaveLength(2);
  });

  it('bad settings are refused with sentences beside the fields', async () => {
    const res = await physician.request('PUT', '/api/account/notification-settings', {
      emailMentions: true, emailFamilyMessages: true, emailDigest: true, digestTime: '25:00', timeZone: 'Mars/Olympus',
    });
    expect(res.status).toBe(400);
    const body = await res.text();
    expect(body).toContain('Enter a time such as 07:30.');
    expect(body).toContain('Choose a time zone from the list.');
  });

  it('retry after an SMTP failure: 1. the server refuses the first try (451); 2. nothing is resent before the backoff; 3. after it, the same message (same Message-ID) is delivered once', async () => {
    smtp.failNext(1);
    await mention([ids.nurse!]);
    await waitFor(() => logLines.some((l) => l.includes('"code":"451"')), 'the refusal to be recorded');
    expect(smtp.refusedIds).toHaveLength(1);
    // The queue looks again (another mention is e-mailed) and leaves the refused job alone until its time.
    await mention([ids.pharmacist!]);
    await waitFor(() => mailsTo('pharmacist').length === 1, 'a later e-mail, so the queue has looked since');
    expect(mailsTo('nurse')).toHaveLength(1);
    // The log names the job and the code, never the address.
    expect(logLines.join('')).not.toContain('nurse@');
    clock.advanceMinutes(1);
    await waitFor(() => mailsTo('nurse').length === 2, 'the retry to be delivered');
    expect(mailsTo('nurse')[1]!.messageId).toBe(smtp.refusedIds[0]);
  });

  it('the daily digest comes at the time the person chose, in their time zone, with the start page\'s counts only', async () => {
    // 1. The physician wants the digest at 10:30 New York time (it is 10:01 there now).
    const saved = await physician.request('PUT', '/api/account/notification-settings', {
      emailMentions: false, emailFamilyMessages: true, emailDigest: true, digestTime: '10:30', timeZone: 'America/New_York',
    });
    expect(saved.status).toBe(200);
    // 2. A task is due today for them, and on their caseload a discharge ten days ago still waits for its 7-day follow-up.
    expect((await coordinator.post(`/api/patients/${rosaId}/tasks`, { title: 'Call Rosa about her insulin', ownerId: ids.physician, dueDate: '2026-11-20' })).status).toBe(201);
    expect((await coordinator.post(`/api/patients/${rosaId}/tracking`, { kind: 'transition', setting: 'hospital', admittedOn: '2026-11-08', dischargedOn: '2026-11-10', facility: 'St. Mary Medical Center' })).status).toBe(201);
    const digests = () => mailsTo('physician').filter((m) => m.subject === 'Your CareHuddle worklist for today');
    // 3. At 10:29 nothing yet: the nurse's digest (07:00) is long past its window too.
    clock.advanceMinutes(28);
    await aLookHasPassed();
    expect(digests()).toHaveLength(0);
    // 4. At 10:30 it comes, once.
    clock.advanceMinutes(1);
    await waitFor(() => digests().length === 1, 'the digest');
    // The counts are the start page's: the caseload's deadlines and the tasks, due today and overdue.
    const start = await (await physician.get('/api/today')).json() as { today: string; counts: { overdue: number; dueToday: number }; tasks: Array<{ dueDate: string }> };
    expect(start.counts.overdue).toBeGreaterThan(0);
    const dueToday = start.counts.dueToday + start.tasks.filter((t) => t.dueDate === start.today).length;
    const overdue = start.counts.overdue + start.tasks.filter((t) => t.dueDate < start.today).length;
    const items = (n: number) => `${n} item${n === 1 ? '' : 's'}`;
    expect(digests()[0]!.raw).toContain(`You have ${items(dueToday)} due today and ${items(overdue)} overdue on your worklist.`);
    expect(digests()[0]!.raw).not.toMatch(/Rosa|insulin/);
    const center = await (await physician.get('/api/notifications')).json() as { notifications: Array<{ kind: string; link: string }> };
    expect(center.notifications.find((n) => n.kind === 'tasks_due')).toMatchObject({ link: '/worklist' });
    // 5. Later looks the same day send nothing more.
    clock.advanceMinutes(5);
    await aLookHasPassed();
    await waitFor(async () => (await server.services.store.mailJobs.countPending(ids.physician!)) === 0, 'the queue to be empty for them');
    expect(digests()).toHaveLength(1);
  });
});
