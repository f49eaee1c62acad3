import { Schema } from 'mongoose';

/** Attached files' rows; their bytes are in the `attachments` GridFS bucket under the same id. Never updated. */
export const attachmentSchema = new Schema({
  _id: { type: String, required: true },
  patientId: { type: String, required: true },
  target: { type: String, required: true },
  targetKey: { type: String, required: true },
  fileName: { type: String, required: true },
  contentType: { type: String, required: true },
  size: { type: Number, required: true, min: 1 },
  sha256: { type: String, required: true },
  uploadedBy: { type: String, required: true },
  uploadedAt: { type: String, required: true },
}, { versionKey: false, writeConcern: { w: 'majority' }, strict: 'throw' });
attachmentSchema.index({ patientId: 1, targetKey: 1 });
attachmentSchema.index({ patientId: 1, uploadedAt: 1 });
