import nodemailer from 'nodemailer';
import type { InvitationMailer, InvitationMessage } from '../domain/invitations/invitationSettings';
import { mailWords } from '../i18n/mailCatalog';
import type { Logger } from '../logger';

/** Where an address lives, for logs: the mailbox name is personal data, the domain is not. */
function maskedAddress(address: string): string {
  const at = address.lastIndexOf('@');
  return `${address.slice(0, 1)}…@${address.slice(at + 1)}`;
}

/** The e-mail in the invitee's language: who invited them and the link, nothing about the patient's health. */
export function invitationEmail(message: InvitationMessage, timeZone: string): { subject: string; text: string } {
  const t = mailWords(message.language);
  // The expiry as the invitee reads dates, in the organization's time zone (the zone's name says which clock).
  const until = new Intl.DateTimeFormat(message.language, {
    weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short',
  }).format(new Date(message.expiresAt));
  return {
    subject: t('invitation.subject'),
    text: [t('invitation.invited', { invitedBy: message.invitedBy }), '', t('invitation.open', { until }), message.link, '', t('invitation.ignore')].join('\n'),
  };
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

/** Sends invitations over SMTP (`SMTP_URL`, e.g. `smtps://user:pass@mail.example.org:465`), dates in the organization's time zone. */
export function smtpMailer(url: string, from: string, timeZone: string): InvitationMailer {
  const transport = nodemailer.createTransport(url);
  return {
    transport: 'smtp',
    async send(message) {
      await transport.sendMail({ from, to: message.to, ...invitationEmail(message, timeZone) });
    },
  };
}
