import { Schema } from 'mongoose';

const options = { versionKey: false as const, writeConcern: { w: 'majority' as const }, strict: 'throw' as const };

/** Searchable passages of notes and plans, keyed by their entry key, with the collection's one text index. */
export const searchEntrySchema = new Schema({
  _id: { type: String, required: true },
  group: { type: String, required: true, index: true },
  kind: { type: String, required: true, enum: ['note', 'plan'] },
  patientId: { type: String, required: true },
  scope: { type: String, required: true, index: true },
  ref: { type: String, required: true },
  title: { type: String, default: '' },
  body: { type: String, default: '' },
  updatedAt: { type: String, required: true },
}, options);
searchEntrySchema.index({ title: 'text', body: 'text' }, { name: 'search_text', weights: { title: 4, body: 1 }, default_language: 'english' });

/** Groups whose passages may lag their source (indexed again at start-up). */
export const searchStaleSchema = new Schema({ _id: { type: String, required: true } }, options);

/** The built version of the passages' format. */
export const searchMetaSchema = new Schema({ _id: { type: String, required: true }, value: { type: Number, required: true } }, options);
