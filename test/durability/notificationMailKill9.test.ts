import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteFile } from '../../server/src/storage/sqlite/database';
import { patientIdByName, signedIn } from '../support/http';
import { makeDataDir, removeDataDir, startServerProcess, type ServerProcess } from '../support/serverProcess';
import { startTestSmtp, type TestSmtp } from '../support/smtp';
import { ask, connectSocket, key, whenConnected } from '../support/socket';
import { waitFor } from '../support/wait';

const MENTION_SUBJECT = 'You were mentioned in CareHuddle';

describe('the notification e-mail queue survives kill -9 between storing a job and sending it', () => {
  const dataDir = makeDataDir();
  let proc: ServerProcess | undefined;
  let smtp: TestSmtp | undefined;
  afterAll(async () => {
    await proc?.kill('SIGKILL');
    await smtp?.close();
    removeDataDir(dataDir);
  });

  it('1. a mention queues an e-mail; 2. the server is killed while the SMTP server has it unanswered; 3. after restart it is sent exactly once', async () => {
    smtp = await startTestSmtp();
    const env = { SMTP_URL: smtp.url, SMTP_FROM: 'CareHuddle <no-reply@carehuddle.test>', MAIL_POLL_SECONDS: '1', MAIL_LEASE_SECONDS: '2' };
    proc = await startServerProcess(dataDir, env);
    const coordinator = await signedIn(proc.url, 'coordinator');
    const physician = await signedIn(proc.url, 'physician');
    const physicianId = ((await (await physician.get('/api/me')).json()) as { id: string }).id;
    const rosaId = await patientIdByName(coordinator, 'Rosa Delgado');

    // Only the mention's e-mail counts: the server also sends the morning digest on its own when started between 07:00 and 09:00 in New York.
    const mentionMails = () => smtp!.received.filter((m) => m.subject === MENTION_SUBJECT);
    // 1. The note is stored and acknowledged; its e-mail job is stored, claimed, and its message reaches the SMTP server, which holds it.
    const held = smtp.holdNext(MENTION_SUBJECT);
    const socket = connectSocket(proc.url, coordinator);
    await whenConnected(socket);
    expect((await ask(socket, 'note:create', { patientId: rosaId, body: 'Please call me back', mentions: [physicianId], idempotencyKey: key() })).error).toBeUndefined();
    socket.disconnect();
    await held;

    // 2. Killed before the SMTP server answered: the job is stored, not marked sent.
    await proc.kill('SIGKILL');
    expect(mentionMails()).toHaveLength(0);

    // 3. The restarted server takes the job over once its lease has ended and sends it.
    proc = await startServerProcess(dataDir, env);
    await waitFor(() => mentionMails().length >= 1, 'the e-mail after restart', 60_000);
    const db = openSqliteFile(join(dataDir, 'carehuddle.db'));
    try {
      const jobs = () => db.prepare<[string], { status: string; message_id: string; attempts: number }>('SELECT status, message_id, attempts FROM mail_jobs WHERE subject = ?').all(MENTION_SUBJECT);
      await waitFor(() => jobs().every((j) => j.status === 'sent'), 'the job to be marked sent', 30_000);
      expect(jobs()).toHaveLength(1);
      expect(mentionMails()).toHaveLength(1);
      expect(mentionMails()[0]).toMatchObject({ to: 'physician@demo.carehuddle.test', messageId: jobs()[0]!.message_id });
    } finally {
      db.close();
    }
  }, 120_000);
});
