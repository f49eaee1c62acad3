import type { NEED_DOMAINS } from '@carehuddle/shared';
import { DomainError } from '../errors';
import type { TemplateWrite } from '../planTemplates/templateSelection';

/** A task the server adds to a patient's clinical plan on someone's behalf (e.g. a conference action item). */
export interface PlanTask {
  id: string;
  title: string;
  ownerId: string;
  dueDate: string;
  /** Where it came from, shown beside the task. */
  source: string;
}

/** One medication of the clinical plan, as plain text fields (what a reconciliation snapshots). */
export interface PlanMedication {
  /** The item's stable id in the `medications` section. */
  itemId: string;
  /** The item's title. */
  name: string;
  dose: string;
  route: string;
  frequency: string;
  prescriber: string;
  indication: string;
  /** As written in the plan; the reader checks it against the known sources. */
  source: string;
}

/** A goal a family caregiver suggests; it joins the shared plan as `proposed` until the team accepts it. */
export interface GoalSuggestion {
  id: string;
  title: string;
  /** The name of the person who suggested it. */
  proposedBy: string;
}

/** A need (problem) the server adds to the clinical plan, e.g. a screening flag the coordinator accepted. */
export interface PlanNeed {
  id: string;
  title: string;
  domain: (typeof NEED_DOMAINS)[number];
  /** Where it came from, shown beside the need. */
  source: string;
}

/** Writes into live plan documents as a signed-in user, so that the edit is attributed, stored and relayed like any other. */
export interface PlanWriter {
  addTask(patientId: string, task: PlanTask, userId: string): Promise<void>;
  /** Writes a task's owner and status into its intervention in the clinical plan (nothing when the plan no longer has it). */
  updateTask(patientId: string, taskId: string, fields: { owner: string; status: string }, userId: string): Promise<void>;
  addGoalSuggestion(patientId: string, goal: GoalSuggestion, userId: string): Promise<void>;
  /** Adds a medication to the clinical plan's `medications` section (e.g. one a reconciliation found missing). */
  addMedication(patientId: string, medication: PlanMedication, userId: string): Promise<void>;
  /** Adds a need to the clinical plan's `needs` section. */
  addNeed(patientId: string, need: PlanNeed, userId: string): Promise<void>;
  /** The clinical plan's medications as they are now (live edits included), in the order they were added. */
  readMedications(patientId: string): Promise<PlanMedication[]>;
  /** Writes a template's selected items, linked: goals into the shared plan, needs and interventions into the clinical plan, one transaction each. */
  addTemplateItems(patientId: string, write: TemplateWrite, userId: string): Promise<void>;
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

  updateTask(patientId: string, taskId: string, fields: { owner: string; status: string }, userId: string): Promise<void> {
    if (!this.writer) throw new DomainError('unavailable', 'Plans cannot be edited right now.');
    return this.writer.updateTask(patientId, taskId, fields, userId);
  }

  addGoalSuggestion(patientId: string, goal: GoalSuggestion, userId: string): Promise<void> {
    if (!this.writer) throw new DomainError('unavailable', 'Plans cannot be edited right now.');
    return this.writer.addGoalSuggestion(patientId, goal, userId);
  }

  addMedication(patientId: string, medication: PlanMedication, userId: string): Promise<void> {
    if (!this.writer) throw new DomainError('unavailable', 'Plans cannot be edited right now.');
    return this.writer.addMedication(patientId, medication, userId);
  }

  addNeed(patientId: string, need: PlanNeed, userId: string): Promise<void> {
    if (!this.writer) throw new DomainError('unavailable', 'Plans cannot be edited right now.');
    return this.writer.addNeed(patientId, need, userId);
  }

  readMedications(patientId: string): Promise<PlanMedication[]> {
    if (!this.writer) throw new DomainError('unavailable', 'Plans cannot be read right now.');
    return this.writer.readMedications(patientId);
  }

  addTemplateItems(patientId: string, write: TemplateWrite, userId: string): Promise<void> {
    if (!this.writer) throw new DomainError('unavailable', 'Plans cannot be edited right now.');
    return this.writer.addTemplateItems(patientId, write, userId);
  }
}
