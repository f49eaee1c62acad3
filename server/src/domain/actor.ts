import type { AccountKind } from '@carehuddle/shared';

/** The signed-in person behind a request, event or connection. Always from the session, never from a payload. */
export interface Actor {
  userId: string;
  name: string;
  email: string;
  kind: AccountKind;
  isAdmin: boolean;
  sessionId: string;
  /** Where the request came from, for the audit trail. */
  ip: string | null;
}
