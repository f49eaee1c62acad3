import { MEASURE_TITLES, type MeasureCount, type MeasureId, type MeasureSummary } from '@carehuddle/shared';
import type { CodeableConcept, Measure, MeasureReport, MeasureReportGroupPopulation } from '@medplum/fhirtypes';
import { lastDayOf } from './calendarMonths';
import { MEASURE_DEFINITIONS } from './measureDefinitions';

const POPULATION = 'http://terminology.hl7.org/CodeSystem/measure-population';
const concept = (system: string, code: string, display?: string): CodeableConcept => ({ coding: [{ system, code, ...(display ? { display } : {}) }] });
const INCREASE = concept('http://terminology.hl7.org/CodeSystem/measure-improvement-notation', 'increase', 'Increased score indicates improvement');

const DEFINITION_NAMES: Record<string, string> = {
  'initial-population': 'Initial Population', denominator: 'Denominator', 'denominator-exclusion': 'Denominator Exclusion', numerator: 'Numerator',
};

/** The canonical URL of a measure's definition. */
export const measureUrl = (measure: MeasureId): string => `urn:carehuddle:measure:${measure}`;
const fhirIdOf = (measure: MeasureId) => measure.replaceAll('_', '-');

/**
 * The FHIR R4 `Measure`: a proportion. Each population names the definition it
 * stands for (the CQL convention) and says in words what it counts; CareHuddle
 * computes them itself (server/src/domain/measures), so no CQL library is published.
 */
export function measureResource(measure: MeasureId): Measure {
  const d = MEASURE_DEFINITIONS[measure];
  const population = (code: string, description: string) => ({
    code: concept(POPULATION, code), description, criteria: { language: 'text/cql' as const, expression: DEFINITION_NAMES[code] ?? code },
  });
  return {
    resourceType: 'Measure', id: fhirIdOf(measure), url: measureUrl(measure), version: '1', name: d.name, title: MEASURE_TITLES[measure],
    status: 'active', experimental: false, description: d.description, publisher: 'CareHuddle',
    scoring: concept('http://terminology.hl7.org/CodeSystem/measure-scoring', 'proportion', 'Proportion'),
    type: [concept('http://terminology.hl7.org/CodeSystem/measure-type', 'process', 'Process')],
    improvementNotation: INCREASE,
    group: [{
      population: [
        population('initial-population', `${d.denominator} Also those whose window is still open.`),
        population('denominator', d.denominator),
        population('denominator-exclusion', `${d.exclusion} Windows still open on the day of the report.`),
        population('numerator', d.numerator),
      ],
    }],
  };
}

const populationOf = (count: MeasureCount): MeasureReportGroupPopulation[] => [
  { code: concept(POPULATION, 'initial-population'), count: count.denominator + count.pending },
  { code: concept(POPULATION, 'denominator'), count: count.denominator },
  { code: concept(POPULATION, 'denominator-exclusion'), count: count.pending },
  { code: concept(POPULATION, 'numerator'), count: count.numerator },
];
const scoreOf = (count: MeasureCount) => (count.rate === null ? {} : { measureScore: { value: Math.round(count.rate * 10_000) / 10_000 } });

/**
 * A summary `MeasureReport` for one measure over one month (a summary tallied
 * for that month alone), stratified by risk level. `pending` while some
 * windows of the month are still open (counted as denominator exclusions until they close).
 */
export function measureReportResource(summary: MeasureSummary, month: string, generatedAt: string): MeasureReport {
  const count = summary.total;
  return {
    resourceType: 'MeasureReport', status: count.pending > 0 ? 'pending' : 'complete', type: 'summary', measure: measureUrl(summary.measure),
    date: generatedAt, period: { start: `${month}-01`, end: lastDayOf(month) }, improvementNotation: INCREASE,
    group: [{
      population: populationOf(count), ...scoreOf(count),
      stratifier: [{
        code: [{ text: 'Risk level' }],
        stratum: summary.byRiskLevel.map((r) => ({ value: { text: r.riskLevel ?? 'Not screened' }, population: populationOf(r), ...scoreOf(r) })),
      }],
    }],
  };
}
