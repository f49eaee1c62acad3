import type { CareTeamMember } from '@carehuddle/shared';
import { endpoints } from '../api/endpoints';
import { useServerQuery } from '../api/useServerQuery';
import { familyMembers } from '../consent/consentSummary';

/** Family caregivers on the team of every patient on the agenda: who may be invited to a plan review as a guest. */
export function useAgendaFamily(agenda: readonly string[]): CareTeamMember[] {
  const key = [...agenda].sort().join(',');
  const { data } = useServerQuery(['agendaFamily', key], async () => {
    if (agenda.length === 0) return [];
    const teams = await Promise.all(agenda.map(async (id) => (await endpoints.patient(id)).careTeam));
    const [first = [], ...rest] = teams;
    return familyMembers(first).filter((m) => rest.every((team) => team.some((o) => o.userId === m.userId)));
  });
  return data ?? [];
}
