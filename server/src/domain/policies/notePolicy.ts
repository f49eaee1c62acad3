import { UNRETRACT_WINDOW_MS, type CareTeamRole, type NoteAnchor, type SharingPreferences, type ThreadVisibility } from '@carehuddle/shared';
import type { NoteRecord } from '../../storage/port';
import type { Actor } from '../actor';
import type { Membership } from './patientPolicy';
import { planDocumentAccess } from './planDocumentPolicy';

const FAMILY_SIDE: ReadonlySet<CareTeamRole> = new Set(['family_caregiver', 'patient']);

/** Whether a role is on the family side of the team (sees only what is shared with family). */
export function isFamilySide(role: CareTeamRole): boolean {
  return FAMILY_SIDE.has(role);
}

/** The team sees every thread; caregivers and the patient only threads shared with family. */
export function canSeeThread(membership: Membership, visibility: ThreadVisibility): boolean {
  if (!membership) return false;
  return visibility === 'family' || !isFamilySide(membership.role);
}

/** Whoever may see a thread may write in it. */
export const canPostInThread = canSeeThread;

/**
 * A thread about a plan item is part of that document: only those who may
 * read the document (the patient's consent included) see it, so a discussion
 * of a substance-use entry never reaches a team member without consent.
 */
export function canReadThread(membership: Membership, preferences: SharingPreferences, thread: { visibility: ThreadVisibility; anchor: NoteAnchor }): boolean {
  if (!canSeeThread(membership, thread.visibility)) return false;
  return thread.anchor.kind !== 'planItem' || planDocumentAccess(membership, thread.anchor.audience, preferences) !== 'none';
}

/** Notes are edited only by their author, and not once retracted. */
export function canEditNote(actor: Actor, note: NoteRecord): boolean {
  return note.authorId === actor.userId && note.retractedAt === null;
}

/** The author or the care coordinator may retract a note. */
export function canRetractNote(actor: Actor, membership: Membership, note: NoteRecord): boolean {
  return note.retractedAt === null && (note.authorId === actor.userId || membership?.role === 'care_coordinator');
}

/**
 * A retraction is undone only by whoever made it, within a short window: long
 * enough to catch a slip, short enough that a note others saw withdrawn does
 * not quietly come back days later.
 */
export function canUnretractNote(actor: Actor, note: NoteRecord, now: Date): boolean {
  return note.retractedAt !== null && note.retractedBy === actor.userId && now.getTime() - Date.parse(note.retractedAt) <= UNRETRACT_WINDOW_MS;
}

/** Staff on the team resolve and reopen threads. */
export function canResolveThread(membership: Membership): boolean {
  return membership !== null && !isFamilySide(membership.role);
}
