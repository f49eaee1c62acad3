import { RosterImportRunner } from '../domain/roster/runRosterImport';
import { rosterImportRoutes } from '../http/routes/rosterImportRoutes';
import type { Feature } from './feature';

/**
 * Roster import: its routes and the background runner, started and stopped as
 * a pair. On start-up, jobs a previous process accepted but did not finish
 * run again from their stored file (safe: a job commits in one transaction).
 */
export function rosterImportFeature(): Feature {
  return async ({ services, logger }) => {
    const runner = new RosterImportRunner(services, (jobId, error) => logger.error({ err: error, jobId }, 'roster import failed'));
    const resumed = await runner.resumeUnfinished();
    if (resumed > 0) logger.info({ resumed }, 'resuming roster imports');
    return {
      name: 'roster import',
      routes: rosterImportRoutes(services, runner),
      close: () => runner.idle(),
    };
  };
}
