import { parsePlanDocumentName } from '@carehuddle/shared';
import type { Services } from '../../domain/services';
import { projectInterventions } from '../../domain/tasks/projectInterventions';
import type { CollabRoom } from './collabRoom';
import { interventionsOf } from './planInterventions';

/**
 * Runs the task list's projection of a clinical plan after each commit this
 * node stored: one at a time per patient (two commits never insert the same
 * task twice), reading the live document when its turn comes, and skipped
 * when the interventions are what was last projected (most commits are typing).
 */
export class TaskProjection {
  private readonly chains = new Map<string, Promise<void>>();
  private readonly lastProjected = new Map<string, string>();

  constructor(private readonly services: Services, private readonly onError: (error: unknown) => void) {}

  /** A commit of `room` was stored, made by `authors` (the last one is credited with the task changes). */
  stored(room: CollabRoom, authors: readonly string[]): void {
    const parsed = parsePlanDocumentName(room.name);
    const by = authors.at(-1);
    if (!parsed || parsed.audience !== 'clinical' || !by) return;
    const { patientId } = parsed;
    const run = async () => {
      const interventions = interventionsOf(room.doc);
      const key = JSON.stringify(interventions);
      if (this.lastProjected.get(patientId) === key) return;
      await projectInterventions(this.services, patientId, interventions, by);
      this.lastProjected.set(patientId, key);
    };
    const next = (this.chains.get(patientId) ?? Promise.resolve()).then(run).catch(this.onError);
    this.chains.set(patientId, next);
    void next.finally(() => {
      if (this.chains.get(patientId) === next) this.chains.delete(patientId);
    });
  }

  /** Waits for the projections under way (shutdown). */
  async idle(): Promise<void> {
    await Promise.all(this.chains.values());
  }
}
