import type { Screening } from '../schemas/screening';
import { flattenItems, optionCode, SCREENING_INSTRUMENTS, screeningItem } from './instruments';
import type { Patient, Practitioner, QuestionnaireResponse, QuestionnaireResponseItem, QuestionnaireResponseItemAnswer, Reference, RelatedPerson } from '@medplum/fhirtypes';

const AUTHOR_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/questionnaireresponse-author';

function answerOf(linkId: string, value: Screening['answers'][number]['value']): QuestionnaireResponseItemAnswer[] {
  if (typeof value === 'number') return [{ valueInteger: value }];
  const options = screeningItem(linkId)?.answerOption ?? [];
  const codes = Array.isArray(value) ? value : [value];
  return codes.map((code) => ({ valueCoding: options.find((o) => optionCode(o) === code)?.valueCoding ?? { code } }));
}

/**
 * A completed screening as FHIR R4 QuestionnaireResponses, one per instrument:
 * each answer carries who gave it (the `questionnaireresponse-author`
 * extension on the item) and the response its completer and time. An
 * amendment has status `amended` and names the screening it corrects in an
 * extension. The FHIR API serves these, with its own way of naming the
 * patient and the people (`refs`).
 */
export function screeningQuestionnaireResponses(screening: Screening, refs: {
  patient: Reference<Patient>;
  person: (who: { userId: string; name: string }) => Reference<Practitioner | RelatedPerson>;
}): QuestionnaireResponse[] {
  const byLink = new Map(screening.answers.map((a) => [a.linkId, a]));
  return SCREENING_INSTRUMENTS.map((questionnaire) => {
    const item: QuestionnaireResponseItem[] = flattenItems(questionnaire.item)
      .filter((q) => byLink.has(q.linkId))
      .map((q) => {
        const a = byLink.get(q.linkId)!;
        return {
          linkId: q.linkId, text: q.text, answer: answerOf(q.linkId, a.value),
          extension: [{ url: AUTHOR_EXTENSION, valueReference: { ...refs.person(a.by), display: `${a.by.name} (${a.at})` } }],
        };
      });
    return {
      resourceType: 'QuestionnaireResponse',
      id: `${screening.id}-${questionnaire.id ?? ''}`,
      questionnaire: `${questionnaire.url ?? ''}|${questionnaire.version ?? ''}`,
      status: screening.amendsId ? 'amended' : 'completed',
      subject: refs.patient,
      ...(screening.completedAt ? { authored: screening.completedAt } : {}),
      ...(screening.completedBy ? { author: refs.person(screening.completedBy) } : {}),
      ...(screening.completedAt ? { meta: { lastUpdated: screening.completedAt } } : {}),
      identifier: { system: 'https://carehuddle.example/screening', value: screening.id },
      ...(screening.amendsId ? { extension: [{ url: 'https://carehuddle.example/fhir/StructureDefinition/amends', valueIdentifier: { system: 'https://carehuddle.example/screening', value: screening.amendsId } }] } : {}),
      item,
    } satisfies QuestionnaireResponse;
  });
}
