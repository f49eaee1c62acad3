import type { DueStatusValue } from '@carehuddle/shared';

/** The health screening deadline in words, as the patient list and the start page show it. */
export const SCREENING_STATUS_LABEL: Record<DueStatusValue, string> = {
  upcoming: 'Screening due',
  due_soon: 'Screening due soon',
  due: 'Screening due today',
  overdue: 'Screening overdue',
  done: 'Screened',
  unable_to_reach: 'Screening: unable to reach, attempts documented',
};
