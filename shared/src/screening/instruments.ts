import type { Questionnaire, QuestionnaireItem, QuestionnaireItemAnswerOption } from '@medplum/fhirtypes';
import ahcHrsnCore from './instruments/ahc-hrsn-core.json';
import functionalAdlIadl from './instruments/functional-adl-iadl.json';
import healthRiskAssessment from './instruments/health-risk-assessment.json';
import phq29 from './instruments/phq-2-9.json';

/**
 * The screening instruments, as FHIR R4 Questionnaires kept in JSON files: the
 * wording, answer options, scores (`ordinalValue`) and skip logic (`enableWhen`)
 * are data; only the rules that turn answers into flags are code (`scoring.ts`).
 * One screening administers all four, in this order.
 */
export const SCREENING_INSTRUMENTS: readonly Questionnaire[] = [
  healthRiskAssessment as Questionnaire,
  ahcHrsnCore as Questionnaire,
  phq29 as Questionnaire,
  functionalAdlIadl as Questionnaire,
];

const ORDINAL_VALUE = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';

/** Every item of a questionnaire, groups included, depth first. */
export function flattenItems(items: readonly QuestionnaireItem[] | undefined): QuestionnaireItem[] {
  return (items ?? []).flatMap((item) => [item, ...flattenItems(item.item)]);
}

const itemsByLinkId = new Map(SCREENING_INSTRUMENTS.flatMap((q) => flattenItems(q.item).map((item) => [item.linkId, { item, questionnaire: q }] as const)));

/** The item with this link id (link ids are unique across all instruments), or undefined. */
export function screeningItem(linkId: string): QuestionnaireItem | undefined {
  return itemsByLinkId.get(linkId)?.item;
}

/** The instrument an item belongs to. */
export function instrumentOf(linkId: string): Questionnaire | undefined {
  return itemsByLinkId.get(linkId)?.questionnaire;
}

/** The code of an answer option. */
export function optionCode(option: QuestionnaireItemAnswerOption): string {
  return option.valueCoding?.code ?? '';
}

/** The published score of an answer option (its `ordinalValue`), or undefined for unscored options. */
export function optionScore(option: QuestionnaireItemAnswerOption): number | undefined {
  return option.extension?.find((e) => e.url === ORDINAL_VALUE)?.valueDecimal;
}
