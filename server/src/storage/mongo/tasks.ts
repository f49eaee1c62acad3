import { trusted } from 'mongoose';
import type { OutreachRecord, OutreachRepository, TaskRecord, TaskRepository } from '../port';
import type { Models } from './models';

interface TaskDoc extends Omit<TaskRecord, 'id'> { _id: string }
interface OutreachDoc extends Omit<OutreachRecord, 'id'> { _id: string }
const toTask = ({ _id, ...d }: TaskDoc): TaskRecord => ({ id: _id, ...d, goalId: d.goalId ?? null, handoffNote: d.handoffNote ?? '', sourceLabel: d.sourceLabel ?? '' });
const toAttempt = ({ _id, ...d }: OutreachDoc): OutreachRecord => ({ id: _id, ...d, nextAttemptOn: d.nextAttemptOn ?? null, targetId: d.targetId ?? null });

/** The team's tasks in MongoDB. */
export function mongoTasks(m: Models): TaskRepository {
  return {
    async insert({ id, ...rest }) {
      await m.tasks.create({ _id: id, ...rest });
    },
    async find(patientId, id) {
      const d = await m.tasks.findOne({ _id: id, patientId }).lean<TaskDoc>();
      return d ? toTask(d) : null;
    },
    async update(id, change) {
      const set = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined));
      await m.tasks.updateOne({ _id: id }, { $set: set });
    },
    async listForPatients(ids) {
      if (ids.length === 0) return [];
      return (await m.tasks.find({ patientId: trusted({ $in: [...ids] }) }).sort({ createdAt: 1, _id: 1 }).lean<TaskDoc[]>()).map(toTask);
    },
  };
}

/** Contact attempts in MongoDB. */
export function mongoOutreach(m: Models): OutreachRepository {
  return {
    async insert({ id, ...rest }) {
      await m.outreach.create({ _id: id, ...rest });
    },
    async listForPatients(ids) {
      if (ids.length === 0) return [];
      return (await m.outreach.find({ patientId: trusted({ $in: [...ids] }) }).sort({ attemptedOn: -1, recordedAt: -1 }).lean<OutreachDoc[]>()).map(toAttempt);
    },
  };
}
