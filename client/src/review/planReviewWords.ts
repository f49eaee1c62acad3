import type { PlanSection } from '@carehuddle/shared';
import type { TFunction } from 'i18next';

/** The shared plan's section headings in everyday words (from the review catalog), for family members reading about someone they care for. */
export function plainSectionTitles(t: TFunction<'review'>, firstName: string): Partial<Record<PlanSection, string>> {
  return {
    goals: t('sections.goals', { firstName }),
    whatMatters: t('sections.whatMatters', { firstName }),
    preferences: t('sections.preferences', { firstName }),
    advanceDirectives: t('sections.advanceDirectives', { firstName }),
    riskSummary: t('sections.riskSummary'),
  };
}

/** A person's first name, for plain-language headings ("Rosa's plan"). */
export const firstNameOf = (fullName: string): string => fullName.trim().split(/\s+/)[0] ?? fullName;
