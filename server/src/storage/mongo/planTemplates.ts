import { Schema } from 'mongoose';
import type { PlanTemplateRecord, PlanTemplateRepository } from '../port';
import { unique, type Models } from './models';

/** Plan template versions: `_id` is `<id>@<version>`, so a version can be inserted only once. */
export const planTemplateSchema = new Schema({
  _id: { type: String, required: true },
  templateId: { type: String, required: true },
  version: { type: Number, required: true, min: 1 },
  title: { type: String, required: true },
  data: { type: String, required: true },
  createdBy: { type: String, default: null },
  createdAt: { type: String, required: true },
}, { versionKey: false, writeConcern: { w: 'majority' }, strict: 'throw' });
planTemplateSchema.index({ templateId: 1, version: -1 }, { unique: true });

interface Doc { _id: string; templateId: string; version: number; title: string; data: string; createdBy: string | null; createdAt: string }
const toRecord = (d: Doc): PlanTemplateRecord => ({ id: d.templateId, version: d.version, title: d.title, data: d.data, createdBy: d.createdBy, createdAt: d.createdAt });

/** Plan template versions in MongoDB. */
export function mongoPlanTemplates(m: Models): PlanTemplateRepository {
  return {
    async insertVersion(t) {
      await unique('template version', () => m.planTemplates.create({
        _id: `${t.id}@${t.version}`, templateId: t.id, version: t.version, title: t.title, data: t.data, createdBy: t.createdBy, createdAt: t.createdAt,
      }));
    },
    async find(id, version) {
      const filter = version === undefined ? { templateId: id } : { templateId: id, version };
      const d = await m.planTemplates.findOne(filter).sort({ version: -1 }).lean<Doc>();
      return d ? toRecord(d) : null;
    },
    async listLatest() {
      const newest = await m.planTemplates.aggregate<Doc>([
        { $sort: { templateId: 1, version: -1 } },
        { $group: { _id: '$templateId', doc: { $first: '$$ROOT' } } },
        { $replaceRoot: { newRoot: '$doc' } },
        { $sort: { title: 1, templateId: 1 } },
      ]);
      return newest.map(toRecord);
    },
  };
}
