import type { PlanShareRecipient, SharingPreferences } from '@carehuddle/shared';
import { randomUUID } from 'node:crypto';
import type { Store } from '../../storage/port';
import { providerSharingOf } from '../policies/providerSharePolicy';

/** Records copies of the plan the coordinator already sent, so the patient page's "Shared with" history has something to show. */
export async function seedSentCopies(
  store: Store, patientId: string, preferences: SharingPreferences, copies: ReadonlyArray<{ to: string; daysAgo: number }>, sharedBy: string, now: Date,
): Promise<void> {
  for (const copy of copies) {
    const entry = providerSharingOf(preferences, copy.to);
    if (!entry) throw new Error(`demo copy to ${copy.to}: the demo consent does not name this provider`);
    const user = entry.kind === 'team' ? await store.users.findById(entry.userId) : null;
    const recipient: PlanShareRecipient = entry.kind === 'team'
      ? { kind: 'team', userId: entry.userId, name: user?.name ?? '', organization: '', contact: user?.email ?? '' }
      : { kind: 'external', userId: null, name: entry.name, organization: entry.organization, contact: entry.contact };
    await store.planShares.insert({
      id: randomUUID(), patientId, recipient: JSON.stringify(recipient), parts: JSON.stringify(entry.parts), format: 'pdf', planVersionId: null,
      consentVersion: 1, sharedBy, sharedAt: new Date(now.getTime() - copy.daysAgo * 86_400_000).toISOString(),
    });
  }
}
