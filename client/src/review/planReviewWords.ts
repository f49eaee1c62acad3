import type { PlanSection } from '@carehuddle/shared';

/** The shared plan's section headings in everyday words, for family members reading about someone they care for. */
export function plainSectionTitles(firstName: string): Partial<Record<PlanSection, string>> {
  return {
    goals: `What ${firstName} wants to work on`,
    whatMatters: `What matters most to ${firstName}`,
    preferences: `How ${firstName} likes to be cared for`,
    advanceDirectives: `${firstName}'s wishes for future care`,
    riskSummary: 'Health check summary',
  };
}

/** A person's first name, for plain-language headings ("Rosa's plan"). */
export const firstNameOf = (fullName: string): string => fullName.trim().split(/\s+/)[0] ?? fullName;
