import type { Services } from '../../domain/services';
import { projectInterventions } from '../../domain/tasks/projectInterventions';
import type { CollabRoom } from './collabRoom';
import { interventionsOf } from './planInterventions';

/**
 * Runs the task list's projection of a clinical plan after each commit this
 * node stored: one at a time per patient (two commits never insert the same
 * task twice), reading the live document when its turn comes. Most commits
 * are typing elsewhere in the plan: an observer marks a room whose
 * interventions changed, and only those commits are projected at all.
 */
export class TaskProjection {
  private readonly chains = new Map<string, Promise<void>>();
  private readonly lastProjected = new Map<string, string>();
  /** Rooms observed so far, and those whose interventions changed since their last projection. */
  private readonly watched = new WeakSet<CollabRoom>();
  private readonly changed = new WeakSet<CollabRoom>();

  constructor(private readonly services: Services, private readonly onError: (error: unknown) => void) {}

  /** A commit of `room` was stored, made by `authors` (the last one is credited with the task changes). */
  stored(room: CollabRoom, authors: readonly string[]): void {
    const parsed = room.plan;
    const by = authors.at(-1);
    if (!parsed || parsed.audience !== 'clinical' || !by) return;
    if (!this.watched.has(room)) {
      this.watched.add(room);
      this.changed.add(room);
      room.doc.getMap('interventions').observeDeep(() => this.changed.add(room));
    }
    if (!this.changed.has(room)) return;
    this.changed.delete(room);
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
