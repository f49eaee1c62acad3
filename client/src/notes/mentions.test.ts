import type { CareTeamMember, CareTeamRole } from '@carehuddle/shared';
import { describe, expect, it } from 'vitest';
import { suggestionsFor } from './mentions';
import { mentionableIn } from './NotesPanel';

const member = (userId: string, name: string, role: CareTeamRole): CareTeamMember =>
  ({ userId, name, role, isLead: role === 'care_coordinator', joinedAt: '2026-01-01T14:00:00.000Z', workPhone: null });

const MAYA = member('u-maya', 'Maya Chen', 'care_coordinator');
const SAMUEL = member('u-samuel', 'Dr. Samuel Okoro', 'physician');
const ELENA = member('u-elena', 'Elena Delgado', 'family_caregiver');
const ROSA = member('u-rosa', 'Rosa Delgado', 'patient');
const TEAM = [MAYA, SAMUEL, ELENA, ROSA];
const names = (list: readonly CareTeamMember[]) => list.map((m) => m.name);

describe('mention suggestions', () => {
  it('never offer the writer themself, whoever writes', () => {
    expect(names(suggestionsFor(TEAM, '', ROSA.userId))).toEqual(['Maya Chen', 'Dr. Samuel Okoro', 'Elena Delgado']);
    expect(names(suggestionsFor(TEAM, 'del', ROSA.userId))).toEqual(['Elena Delgado']);
    expect(names(suggestionsFor(TEAM, 'Maya', MAYA.userId))).toEqual([]);
    expect(names(suggestionsFor(TEAM, 'sam', MAYA.userId))).toEqual(['Dr. Samuel Okoro']);
  });

  it('match any word of a name from its start, in any case, at most eight', () => {
    expect(names(suggestionsFor(TEAM, 'OKO', ELENA.userId))).toEqual(['Dr. Samuel Okoro']);
    expect(names(suggestionsFor(TEAM, 'hen', ELENA.userId))).toEqual([]);
    const crowd = Array.from({ length: 12 }, (_, i) => member(`u-${i}`, `Nurse ${i}`, 'nurse'));
    expect(suggestionsFor(crowd, 'nu', 'u-0')).toHaveLength(8);
    expect(suggestionsFor(crowd, 'nu', 'u-0').map((m) => m.userId)).not.toContain('u-0');
  });

  it('on the member\'s page hold only the people they may address: in a family thread the team they see, never themself', () => {
    // The member's team is what the server showed them; they write in family-visible threads.
    expect(names(suggestionsFor(mentionableIn(TEAM, 'family'), '', ROSA.userId))).toEqual(['Maya Chen', 'Dr. Samuel Okoro', 'Elena Delgado']);
    // A team-only thread (staff writing) offers no one from the family side, and not the writer.
    expect(names(suggestionsFor(mentionableIn(TEAM, 'team'), '', MAYA.userId))).toEqual(['Dr. Samuel Okoro']);
  });
});
