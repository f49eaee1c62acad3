import type { MeasureId, MeasureReportQuerySchema, MeasuresQuery } from '@carehuddle/shared';
import type { Measure, MeasureReport } from '@medplum/fhirtypes';
import type { z } from 'zod';
import type { Actor } from '../actor';
import { csvCell } from '../audit/auditExport';
import type { Services } from '../services';
import { loadMeasureFacts, requireMeasureScope } from './loadMeasureFacts';
import { measureReportResource, measureResource } from './measureFhir';
import { readMeasures, windowOf } from './readMeasures';
import { tallyMeasures } from './tallyMeasures';

const CSV_COLUMNS = ['measure', 'title', 'period', 'breakdown', 'value', 'numerator', 'denominator', 'pending', 'rate'] as const;

/**
 * The measures as CSV for the health plan: one row per measure and month, then
 * the whole period by coordinator and by risk level. Counts only — no member is named.
 */
export async function exportMeasuresCsv(services: Services, actor: Actor, query: MeasuresQuery): Promise<string> {
  const report = await readMeasures(services, actor, query);
  const period = `${report.from}..${report.to}`;
  const rows: Array<Array<string | number | null>> = [];
  for (const m of report.measures) {
    const row = (when: string, breakdown: string, value: string, c: { numerator: number; denominator: number; pending: number; rate: number | null }) =>
      rows.push([m.measure, m.title, when, breakdown, value, c.numerator, c.denominator, c.pending, c.rate === null ? null : c.rate.toFixed(4)]);
    for (const month of m.months) row(month.month, 'all', '', month);
    row(period, 'all', '', m.total);
    for (const c of m.byCoordinator) row(period, 'coordinator', c.coordinatorName, c);
    for (const r of m.byRiskLevel) row(period, 'risk_level', r.riskLevel ?? 'Not screened', r);
  }
  await services.audit.record({ actor, action: 'E', type: 'measures.export', resourceType: 'MeasureReport', category: 'coordination', outcome: 'success' });
  return [CSV_COLUMNS.join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\n') + '\n';
}

/** The FHIR `MeasureReport` of one measure and month (counts only), for the reader's scope. */
export async function exportMeasureReport(services: Services, actor: Actor, measure: MeasureId, query: z.output<typeof MeasureReportQuerySchema>): Promise<MeasureReport> {
  const scope = await requireMeasureScope(services, actor, query.coordinatorId, 'measures.export');
  const window = windowOf(services, { from: query.month, to: query.month });
  const facts = await loadMeasureFacts(services, scope, window);
  const summary = tallyMeasures(facts, window, () => '').find((s) => s.measure === measure)!;
  await services.audit.record({ actor, action: 'E', type: 'measures.export', resourceType: 'MeasureReport', category: 'coordination', outcome: 'success' });
  return measureReportResource(summary, query.month, services.clock.now().toISOString());
}

/** The definition of a measure; it names no one, but only those who may see measures read it. */
export async function readMeasureDefinition(services: Services, actor: Actor, measure: MeasureId): Promise<Measure> {
  await requireMeasureScope(services, actor, undefined, 'measures.definition');
  return measureResource(measure);
}
