import nodemailer from 'nodemailer';

/** One e-mail as handed to the transport. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** Stable across retries of the same job, so a receiving system can drop a duplicate. */
  messageId: string;
}

/** Sends one e-mail; rejects on any failure (the queue retries). */
export type MailTransport = (mail: OutgoingMail) => Promise<void>;

/** The domain part of an address (`CareHuddle <no-reply@example.org>` → `example.org`), for Message-IDs. */
export function domainOf(address: string): string {
  const match = /@([A-Za-z0-9.-]+)>?\s*$/.exec(address);
  return match?.[1] ?? 'carehuddle.invalid';
}

/**
 * Notification e-mail over SMTP (`SMTP_URL`). Every wait is bounded well
 * inside the queue's lease, so a hung server cannot keep a job past its lease
 * (after which another worker could send it again).
 */
export function smtpTransport(url: string, from: string, leaseMs: number): MailTransport {
  const timeout = Math.max(1_000, Math.min(60_000, Math.floor(leaseMs / 3)));
  const transport = nodemailer.createTransport({ url, connectionTimeout: timeout, greetingTimeout: timeout, socketTimeout: timeout });
  return async (mail) => {
    await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, messageId: mail.messageId });
  };
}

/** What a failure is recorded as: the SMTP reply code or the error code, never the text (which may quote the address). */
export function failureCode(error: unknown): string {
  if (error && typeof error === 'object') {
    const { responseCode, code } = error as { responseCode?: unknown; code?: unknown };
    if (typeof responseCode === 'number') return String(responseCode);
    if (typeof code === 'string') return code.slice(0, 40);
  }
  return 'error';
}
