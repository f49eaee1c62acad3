import { PLAN_SECTION_TITLES, type ContentSearchHit, type PlanSection } from '@carehuddle/shared';

/** Where a result opens: family members read everything on their review page; staff the plan (with its notes) on the right tab. */
export function contentLink(hit: ContentSearchHit, familySide: boolean): string {
  const patient = `/patients/${encodeURIComponent(hit.patientId)}`;
  if (familySide) return `${patient}/review`;
  if (hit.source.kind === 'note') return `${patient}/plan`;
  return `${patient}/plan?part=${hit.source.audience}#${hit.source.section}`;
}

/** Words that say where a result was found. */
export function contentPlace(hit: ContentSearchHit): string {
  if (hit.source.kind === 'note') return 'Huddle note';
  if (hit.source.section === 'summary') return 'Plan summary';
  return PLAN_SECTION_TITLES[hit.source.section as PlanSection] ?? 'Care plan';
}
