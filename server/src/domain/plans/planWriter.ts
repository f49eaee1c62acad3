import { DomainError } from '../errors';

/** A task the server adds to a patient's clinical plan on someone's behalf (e.g. a conference action item). */
export interface PlanTask {
  id: string;
  title: string;
  ownerId: string;
  dueDate: string;
  /** Where it came from, shown beside the task. */
  source: string;
}

/** Writes into live plan documents as a signed-in user, so that the edit is attributed, stored and relayed like any other. */
export interface PlanWriter {
  addTask(patientId: string, task: PlanTask, userId: string): Promise<void>;
}

/**
 * The collaboration feature provides the writer when it starts; commands hold
 * the slot from the beginning, so neither side imports the other.
 */
export class PlanWriterSlot implements PlanWriter {
  private writer: PlanWriter | null = null;

  /** Installs the writer. */
  provide(writer: PlanWriter): void {
    this.writer = writer;
  }

  addTask(patientId: string, task: PlanTask, userId: string): Promise<void> {
    if (!this.writer) throw new DomainError('unavailable', 'Plans cannot be edited right now.');
    return this.writer.addTask(patientId, task, userId);
  }
}
