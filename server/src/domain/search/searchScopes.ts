import { PLAN_AUDIENCES, type NoteAnchor, type PlanAudience, type SharingPreferences, type ThreadVisibility } from '@carehuddle/shared';
import type { CareTeamMembershipRecord } from '../../storage/port';
import type { Actor } from '../actor';
import { currentPreferences } from '../consent/sharingPreferences';
import { isSharedWith } from '../policies/consentPolicy';
import { canReadThread } from '../policies/notePolicy';
import { planDocumentAccess } from '../policies/planDocumentPolicy';
import type { Services } from '../services';

/**
 * Scopes say who may read an indexed passage, in words the store only compares:
 * a plan document's passages are `<patient>:plan:<audience>`, a note's
 * `<patient>:note:<visibility>:<audience of the plan item it discusses, or none>`.
 * A search names the scopes its searcher holds now, decided by the same
 * policies as every other read, so consent given or withdrawn counts at once.
 */
export const planScope = (patientId: string, audience: PlanAudience): string => `${patientId}:plan:${audience}`;

/** The scope of a note in a thread with this visibility and anchor. */
export function noteScope(patientId: string, visibility: ThreadVisibility, anchor: NoteAnchor): string {
  return `${patientId}:note:${visibility}:${anchor.kind === 'planItem' ? anchor.audience : 'none'}`;
}

const VISIBILITIES: readonly ThreadVisibility[] = ['team', 'family'];
/** One anchor per kind of scope: the patient (or an agenda item, read alike) and an item of each plan document. */
const ANCHORS: readonly NoteAnchor[] = [
  { kind: 'patient' },
  ...PLAN_AUDIENCES.map((audience): NoteAnchor => ({ kind: 'planItem', audience, section: 'any', itemId: 'any' })),
];

/** The scopes one membership holds on its patient. */
export function scopesOf(membership: CareTeamMembershipRecord, preferences: SharingPreferences): string[] {
  const { patientId } = membership;
  const plans = PLAN_AUDIENCES.filter((audience) => planDocumentAccess(membership, audience, preferences) !== 'none').map((audience) => planScope(patientId, audience));
  const notes = VISIBILITIES.flatMap((visibility) => ANCHORS.filter((anchor) => canReadThread(membership, preferences, { visibility, anchor }))
    .map((anchor) => noteScope(patientId, visibility, anchor)));
  return [...plans, ...notes];
}

/** What a searcher may read: the patients whose records they may see (with their role there) and every scope they hold. */
export interface ReadableScopes {
  roles: Map<string, string>;
  scopes: string[];
}

/** The searcher's memberships that count (a caregiver's only while the patient shares with them), as scopes. */
export async function readableScopes(services: Services, actor: Actor): Promise<ReadableScopes> {
  const memberships = await services.store.careTeams.listForUser(actor.userId);
  const roles = new Map<string, string>();
  const scopes: string[] = [];
  await Promise.all(memberships.map(async (membership) => {
    const preferences = await currentPreferences(services, membership.patientId);
    if (!isSharedWith(membership, preferences)) return;
    roles.set(membership.patientId, membership.role);
    scopes.push(...scopesOf(membership, preferences));
  }));
  return { roles, scopes };
}
