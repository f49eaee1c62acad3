import type { CreatedInvitation } from '@carehuddle/shared';
import { ApiClient } from './http';

/** The password the members made by `signedInMember` choose. */
export const MEMBER_PASSWORD = 'a-member-password-1';

/** The member's own account on their portal: the coordinator invites them and they accept, as in the product. */
export async function signedInMember(baseUrl: string, coordinator: ApiClient, patientId: string, name: string, email: string): Promise<ApiClient> {
  const invited = await coordinator.post(`/api/patients/${patientId}/member-invitations`, { email });
  if (invited.status !== 201) throw new Error(`inviting the member failed: ${invited.status} ${await invited.text()}`);
  const token = ((await invited.json()) as CreatedInvitation).link.split('/invite/')[1]!;
  const member = new ApiClient(baseUrl);
  const accepted = await member.post(`/api/invitations/${token}/accept`, { name, password: MEMBER_PASSWORD });
  if (accepted.status !== 201) throw new Error(`accepting the member's invitation failed: ${accepted.status} ${await accepted.text()}`);
  return member;
}
