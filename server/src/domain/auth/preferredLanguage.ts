import type { Language } from '@carehuddle/shared';
import type { Actor } from '../actor';
import { DomainError } from '../errors';
import type { Services } from '../services';

/** The signed-in person chooses the language CareHuddle speaks to them (pages and e-mails); audited like other account changes. */
export async function setPreferredLanguage(services: Services, actor: Actor, language: Language): Promise<void> {
  if (!(await services.store.users.setPreferredLanguage(actor.userId, language))) throw new DomainError('unauthenticated', 'Please sign in.');
  await services.audit.record({ actor, action: 'U', type: 'account.language', resourceType: 'Account', resourceId: actor.userId, outcome: 'success' });
}
