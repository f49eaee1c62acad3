import nodemailer from 'nodemailer';
import type { InvitationMailer, InvitationMessage } from '../domain/invitations/invitationSettings';
import type { Logger } from '../logger';

/** Where an address lives, for logs: the mailbox name is personal data, the domain is not. */
function maskedAddress(address: string): string {
  const at = address.lastIndexOf('@');
  return `${address.slice(0, 1)}…@${address.slice(at + 1)}`;
}

/** The plain-text e-mail: who invited them and the link, nothing about the patient's health. */
export function invitationText(message: InvitationMessage): string {
  return [
    `${message.invitedBy} invited you to join a care plan review on CareHuddle.`,
    '',
    `Open this link to accept (it works once, until ${message.expiresAt}):`,
    message.link,
    '',
    'If you did not expect this, you can ignore this e-mail.',
  ].join('\n');
}

/**
 * Without an e-mail transport (the demo, tests, or production with
 * `INVITATIONS_WITHOUT_EMAIL=true`): the coordinator hands over the link shown
 * on screen. The log names the invitation, never the link — a live link in a
 * log is a bearer credential for whoever reads or ships the logs.
 */
export function logMailer(logger: Logger): InvitationMailer {
  return {
    transport: 'log',
    async send(message) {
      logger.info({ invitationId: message.invitationId, to: maskedAddress(message.to), expiresAt: message.expiresAt }, 'invitation created; link shown to the coordinator only (no e-mail transport configured)');
    },
  };
}

/** Sends invitations over SMTP (`SMTP_URL`, e.g. `smtps://user:pass@mail.example.org:465`). */
export function smtpMailer(url: string, from: string): InvitationMailer {
  const transport = nodemailer.createTransport(url);
  return {
    transport: 'smtp',
    async send(message) {
      await transport.sendMail({ from, to: message.to, subject: 'You are invited to a care plan review', text: invitationText(message) });
    },
  };
}
