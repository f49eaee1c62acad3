import { RosterImportJobSchema, RosterImportParamsSchema, StartRosterImportQuerySchema } from '@carehuddle/shared';
import { z } from 'zod';
import { readRosterImport, startRosterImport } from '../../domain/roster/rosterImportCommands';
import type { RosterImportRunner } from '../../domain/roster/runRosterImport';
import type { Services } from '../../domain/services';
import { defineRoute, type AnyRoute } from '../routeDefinition';

/** The file itself is the body (`text/csv` or `application/fhir+json`, read as text by the app). */
const RosterFileSchema = z.string({ error: 'Choose a CSV file or a FHIR Bundle to import.' }).min(1, { error: 'The file is empty.' });

/** Roster import: start a job from a file, then poll it. */
export function rosterImportRoutes(services: Services, runner: RosterImportRunner): AnyRoute[] {
  return [
    defineRoute({
      method: 'post', path: '/api/roster-imports', tag: 'roster import', auth: 'session', status: 202,
      summary: 'Import members from a CSV or FHIR Bundle (admins for any coordinator, staff for themselves); answers with the job to poll.',
      query: StartRosterImportQuerySchema, body: RosterFileSchema, response: RosterImportJobSchema,
      handle: ({ actor, query, body }) => startRosterImport(services, runner, actor, query, body),
    }),
    defineRoute({
      method: 'get', path: '/api/roster-imports/:importId', tag: 'roster import', auth: 'session',
      summary: 'An import job: status, progress, and per-row results once completed (its starter and its coordinator only).',
      params: RosterImportParamsSchema, response: RosterImportJobSchema,
      handle: ({ actor, params }) => readRosterImport(services, actor, params.importId),
    }),
  ];
}
