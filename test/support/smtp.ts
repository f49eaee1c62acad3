import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One e-mail the test SMTP server accepted. */
export interface ReceivedMail {
  to: string;
  subject: string;
  messageId: string;
  /** The whole message as sent (headers and body). */
  raw: string;
}

/** A real SMTP server on localhost that records what it accepts, and can refuse or stall on demand. */
export interface TestSmtp {
  url: string;
  received: ReceivedMail[];
  /** Message-IDs of the messages refused by `failNext`, in order. */
  refusedIds: string[];
  /** The next `n` messages are refused with a temporary failure (451). */
  failNext(n: number): void;
  /**
   * The next message (with this subject, when given: other mail, such as a morning digest the
   * server sends on its own, passes) is held (no reply) until the client goes away; resolves when it arrives.
   */
  holdNext(subject?: string): Promise<void>;
  close(): Promise<void>;
}

const header = (raw: string, name: string): string => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(raw)?.[1]?.trim() ?? '';

/** Starts the SMTP server on an ephemeral port (no TLS, no authentication). */
export async function startTestSmtp(): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  const refusedIds: string[] = [];
  let failures = 0;
  let hold: { subject: string | undefined; arrived: () => void } | null = null;
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString();
        if (hold && (hold.subject === undefined || header(raw, 'Subject') === hold.subject)) {
          // Never answered: the sender dies (kill -9) while waiting, so this message is not delivered.
          const { arrived } = hold;
          hold = null;
          arrived();
          return;
        }
        if (failures > 0) {
          failures -= 1;
          refusedIds.push(header(raw, 'Message-ID'));
          return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
        }
        received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), subject: header(raw, 'Subject'), messageId: header(raw, 'Message-ID'), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refusedIds,
    failNext: (n) => { failures = n; },
    holdNext: (subject) => new Promise<void>((resolve) => { hold = { subject, arrived: resolve }; }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
