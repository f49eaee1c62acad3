import {
  MeasureMembersQuerySchema, MeasureMembersSchema, MeasureParamsSchema, MeasureReportQuerySchema, MeasuresQuerySchema, MeasuresReportSchema,
} from '@carehuddle/shared';
import { z } from 'zod';
import { exportMeasureReport, exportMeasuresCsv, readMeasureDefinition } from '../../domain/measures/measureExports';
import { readMeasureMembers, readMeasures } from '../../domain/measures/readMeasures';
import type { Services } from '../../domain/services';
import { sendFhir } from '../fhir/fhirResponses';
import { defineRoute, type AnyRoute } from '../routeDefinition';

const fhirResource = (resourceType: string) => z.looseObject({ resourceType: z.literal(resourceType) });

/** Program measures: the report, the members behind a number, and the exports for the health plan. */
export function measureRoutes(services: Services): AnyRoute[] {
  return [
    defineRoute({
      method: 'get', path: '/api/measures', tag: 'measures', auth: 'session',
      summary: 'Program measures by month, coordinator and risk level (program overseers: the organization or one caseload; coordinators: their own caseload).',
      query: MeasuresQuerySchema, response: MeasuresReportSchema,
      handle: ({ actor, query }) => readMeasures(services, actor, query),
    }),
    defineRoute({
      method: 'get', path: '/api/measures/export.csv', tag: 'measures', auth: 'session',
      summary: 'The measures as CSV (counts only): by month, then the period by coordinator and by risk level.',
      query: MeasuresQuerySchema, response: z.string(),
      async handle({ actor, query, res }) {
        const csv = await exportMeasuresCsv(services, actor, query);
        res.type('text/csv').setHeader('Content-Disposition', 'attachment; filename="carehuddle-measures.csv"');
        res.send(csv);
        return undefined;
      },
    }),
    defineRoute({
      method: 'get', path: '/api/measures/:measureId/members', tag: 'measures', auth: 'session',
      summary: 'The members behind a number of one measure (a month, a risk level, a result); each member shown is audited.',
      params: MeasureParamsSchema, query: MeasureMembersQuerySchema, response: MeasureMembersSchema,
      handle: ({ actor, params, query }) => readMeasureMembers(services, actor, params.measureId, query),
    }),
    defineRoute({
      method: 'get', path: '/api/measures/:measureId/fhir/MeasureReport', tag: 'measures', auth: 'session',
      summary: 'A FHIR R4 summary MeasureReport of one measure for one month, stratified by risk level.',
      params: MeasureParamsSchema, query: MeasureReportQuerySchema, response: fhirResource('MeasureReport'),
      async handle({ actor, params, query, res }) {
        sendFhir(res, 200, await exportMeasureReport(services, actor, params.measureId, query));
        return undefined;
      },
    }),
    defineRoute({
      method: 'get', path: '/api/measures/:measureId/fhir/Measure', tag: 'measures', auth: 'session',
      summary: 'The FHIR R4 Measure that defines one measure (numerator, denominator, exclusions).',
      params: MeasureParamsSchema, response: fhirResource('Measure'),
      async handle({ actor, params, res }) {
        sendFhir(res, 200, await readMeasureDefinition(services, actor, params.measureId));
        return undefined;
      },
    }),
  ];
}
