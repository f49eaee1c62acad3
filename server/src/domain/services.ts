import type { Store } from '../storage/port';
import type { AuditTrail } from './audit/auditTrail';
import type { Clock } from './clock';
import type { DomainEvents } from './events';
import type { InvitationSettings } from './invitations/invitationSettings';
import type { PlanWriterSlot } from './plans/planWriter';
import type { ScreeningDocumentsSlot } from './screenings/screeningDocuments';
import type { CoordinationSettings } from './worklist/coordinationRules';

/** What domain commands need, passed explicitly so tests can swap any piece. */
export interface Services {
  store: Store;
  clock: Clock;
  audit: AuditTrail;
  /** Domain events, fanned out to realtime channels (and to other nodes) by one module. */
  events: DomainEvents;
  /** Writes server-side edits into live plans (provided by the collaboration feature). */
  planWriter: PlanWriterSlot;
  /** Reads and writes live screening documents (provided by the collaboration feature). */
  screeningDocuments: ScreeningDocumentsSlot;
  /** The organization's plan and review intervals. */
  coordination: CoordinationSettings;
  /** IANA time zone in which calendar dates are reckoned. */
  timeZone: string;
  /** How caregiver invitations are made and delivered. */
  invitations: InvitationSettings;
}
