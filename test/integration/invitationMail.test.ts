import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/src/logger';
import { logMailer, smtpMailer } from '../../server/src/mail/invitationMailers';
import { waitFor } from '../support/wait';

const message = { invitationId: 'a4c1e7a0-0000-4000-8000-000000000001', to: 'marco.delgado@example.org', link: 'http://localhost:3000/invite/abc', invitedBy: 'Maya Chen', expiresAt: '2026-11-26T15:00:00.000Z', language: 'en' as const };

describe('invitation delivery', () => {
  it('without an e-mail transport, logs the invitation id, never the link or the mailbox name', async () => {
    const lines: string[] = [];
    const logger = createLogger('info', new Writable({ write(chunk: Buffer, _enc, done) { lines.push(chunk.toString()); done(); } }));
    await logMailer(logger).send(message);
    const logged = JSON.parse(lines.join('')) as Record<string, unknown>;
    expect(logged).toMatchObject({ invitationId: message.invitationId, to: 'm…@example.org', msg: expect.stringContaining('invitation created') });
    expect(lines.join('')).not.toContain('/invite/');
    expect(lines.join('')).not.toContain('marco.delgado');
  });

  describe('with SMTP_URL, over a real SMTP server', () => {
    const received: Array<{ to: string; body: string }> = [];
    let server: SMTPServer;
    let port: number;
    beforeAll(async () => {
      server = new SMTPServer({
        authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
        onData(stream, session, callback) {
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), body: Buffer.concat(chunks).toString() });
            callback();
          });
        },
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
      port = (server.server.address() as AddressInfo).port;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('sends the link to the invited address, with who invited them and nothing about the patient', async () => {
      await smtpMailer(`smtp://127.0.0.1:${port}`, 'CareHuddle <no-reply@carehuddle.test>', 'America/New_York').send(message);
      await waitFor(() => received.length === 1, 'the e-mail to arrive');
      expect(received[0]!.to).toBe(message.to);
      expect(received[0]!.body).toContain(message.link);
      expect(received[0]!.body).toContain('Maya Chen invited you');
      expect(received[0]!.body).toContain('Subject: You are invited to a care plan review');
    });

    it('an unreachable server fails the send (the command then withdraws the invitation)', async () => {
      await expect(smtpMailer('smtp://127.0.0.1:1', 'CareHuddle <no-reply@carehuddle.test>', 'America/New_York').send(message)).rejects.toThrow();
    });
  });
});
