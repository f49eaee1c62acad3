import type { AccountKind, Language } from '@carehuddle/shared';

/** The signed-in person behind a request, event or connection. Always from the session, never from a payload. */
export interface Actor {
  userId: string;
  name: string;
  email: string;
  kind: AccountKind;
  isAdmin: boolean;
  /** A program supervisor (absent on actors made before the flag existed, e.g. in tests: not one). */
  isSupervisor?: boolean;
  /** The language they read CareHuddle in (absent on actors made in tests: English). */
  preferredLanguage?: Language;
  sessionId: string;
  /** Where the request came from, for the audit trail. */
  ip: string | null;
}
