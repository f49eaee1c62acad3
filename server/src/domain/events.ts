import type { AdtEvent, TrackingCategory } from '@carehuddle/shared';
import { EventEmitter } from 'node:events';

/** Something that happened in the domain that live channels may need to react to. */
export type DomainEvent = (
  | { type: 'careTeam.memberRemoved'; patientId: string; userId: string }
  /** The patient's sharing preferences changed: live channels re-check who may still see what. */
  | { type: 'consent.changed'; patientId: string }
  | { type: 'session.ended'; sessionId: string; reason: 'signed_out' | 'expired' | 'signed_out_everywhere' | 'password_changed' | 'account_disabled' }
  /** `noteId` is set when a note was added (not edited or retracted). */
  | { type: 'notes.changed'; patientId: string; threadId: string; mentioned: string[]; by: string; noteId?: string }
  | { type: 'conference.changed'; conferenceId: string }
  /** A tracked item changed; its category decides who may hear of it. */
  | { type: 'worklist.changed'; patientId: string; category: TrackingCategory }
  | { type: 'reconciliation.changed'; patientId: string; reconciliationId: string }
  /** An admission alert about a member was applied: their clinical readers on the team hear of it. */
  | { type: 'transition.alerted'; patientId: string; event: AdtEvent }
  /** A task was handed to someone (by reassignment or a plan edit): its new owner is told live. */
  | { type: 'task.assigned'; patientId: string; taskId: string; ownerId: string; by?: string }
  /** A supervisor made someone the lead coordinator of these members: they are told live. */
  | { type: 'caseload.assigned'; userId: string; patientIds: string[] }
  /** A family caregiver accepted an invitation and joined the team: the inviter hears of it. */
  | { type: 'invitation.accepted'; patientId: string; invitationId: string; invitedBy: string; userId: string }
  /** The member approved a signed version of their plan: the team sees it arrive. */
  | { type: 'plan.approved'; patientId: string; versionId: string }
  /** Someone's notification center changed (a new one, or read on another device). */
  | { type: 'notifications.changed'; userId: string })
  /** Set on events that another server node published and the event bridge delivered here. */
  & { relayed?: true };

type Listener = (event: DomainEvent) => void;

/**
 * Commands publish events here instead of emitting on sockets; one fan-out
 * module per channel subscribes. A cross-node bridge can subscribe too.
 */
export class DomainEvents {
  private readonly emitter = new EventEmitter();

  /** Delivers an event to every subscriber, synchronously. */
  publish(event: DomainEvent): void {
    this.emitter.emit('event', event);
  }

  /** Subscribes; returns the function that unsubscribes. */
  subscribe(listener: Listener): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }
}
