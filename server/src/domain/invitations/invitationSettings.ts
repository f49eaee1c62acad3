import type { Language } from '@carehuddle/shared';

/** One invitation message: the link and who sent it, and nothing about the patient's health. */
export interface InvitationMessage {
  /** The invitation's id: what logs name, because the link itself is a credential. */
  invitationId: string;
  to: string;
  link: string;
  invitedBy: string;
  expiresAt: string;
  /** The language the e-mail is written in. */
  language: Language;
}

/** Delivers invitation links: written to the log in the demo and tests, or sent over SMTP when configured. */
export interface InvitationMailer {
  readonly transport: 'log' | 'smtp';
  send(message: InvitationMessage): Promise<void>;
}

/** How invitations are made and delivered. */
export interface InvitationSettings {
  /** How long a link works (72 hours by default). */
  validHours: number;
  /** The origin links point at, e.g. `https://carehuddle.example.org`. */
  linkBase: () => string;
  mailer: InvitationMailer;
}
