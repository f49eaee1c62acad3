import type { PlanItemField, PlanSection } from '@carehuddle/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type plan from '../i18n/locales/en/plan.json';

type FieldKey = `fields.${keyof typeof plan.fields}`;
type OptionKey = `options.${keyof typeof plan.options}`;

/** A plan's own words in the reader's language (the plan catalog): section titles, item field labels and their options. */
export interface PlanWords {
  section(section: PlanSection): string;
  /** Where someone is in the plan (presence): a section, the summary or a screening. */
  place(place: string): string;
  field(field: PlanItemField): string;
  /** A select field's stored value in words ("not_achieved" → "not achieved"). */
  option(value: string): string;
}

/**
 * The plan's words for the language shown. Field keys and option values come
 * from the shared item fields; one the catalog lacks (added to `shared` but
 * not yet translated) falls back to the shared English rather than to a key.
 */
export function usePlanWords(): PlanWords {
  const { t } = useTranslation('plan');
  return useMemo(() => {
    const section = (s: PlanSection) => t(`sections.${s}`);
    return {
      section,
      place: (place) => (place === 'summary' ? t('presence.summary') : place === 'screening' ? t('presence.screening') : section(place as PlanSection)),
      field: (field) => t(`fields.${field.key}` as FieldKey, { defaultValue: field.label }),
      option: (value) => t(`options.${value}` as OptionKey, { defaultValue: value.replaceAll('_', ' ') }),
    };
  }, [t]);
}
