import type { DomainEvent } from '../../domain/events';
import { rooms, type NotesServer } from './socketTypes';

/**
 * Team-room signals. Turns reconciliation events into a `reconciliation:changed` signal to the
 * patient's team room (the family side never joins it). The signal carries
 * ids only: community support staff are in the team room too but may not see
 * reconciliations, so clients fetch the reconciliation over HTTP, where the
 * policy decides and the read is audited. The member's plan approvals go the
 * same way (`plan:approved`), so the versions panel reloads them over HTTP.
 */
export function reconciliationFanOut(io: NotesServer): (event: DomainEvent) => void {
  return (event) => {
    if (event.type === 'reconciliation.changed') {
      io.to(rooms.team(event.patientId)).emit('reconciliation:changed', { patientId: event.patientId, reconciliationId: event.reconciliationId });
    } else if (event.type === 'plan.approved') {
      io.to(rooms.team(event.patientId)).emit('plan:approved', { patientId: event.patientId, versionId: event.versionId });
    }
  };
}
