import { mongo, type Connection } from 'mongoose';
import { DuplicateKeyError, type AttachmentRecord, type AttachmentRepository } from '../port';
import { unique, type Models } from './models';

interface AttachmentDoc extends Omit<AttachmentRecord, 'id'> { _id: string }
const toAttachment = ({ _id, ...d }: AttachmentDoc): AttachmentRecord => ({
  id: _id, patientId: d.patientId, target: d.target, targetKey: d.targetKey, fileName: d.fileName, contentType: d.contentType,
  size: d.size, sha256: d.sha256, uploadedBy: d.uploadedBy, uploadedAt: d.uploadedAt,
});

const isFileNotFound = (error: unknown): boolean => error instanceof Error && /FileNotFound|File not found/i.test(error.message);

/**
 * Attached files in MongoDB: the bytes in GridFS (written with the connection's
 * majority write concern), then the row, so a row never names missing bytes.
 */
export function mongoAttachments(m: Models, connection: Connection): AttachmentRepository {
  const bucket = (): mongo.GridFSBucket => {
    if (!connection.db) throw new Error('MongoDB connection is not open');
    return new mongo.GridFSBucket(connection.db, { bucketName: 'attachments', writeConcern: { w: 'majority' } });
  };
  return {
    async insert(a, content) {
      const { id, ...rest } = a;
      // Checked first, so a repeated id never adds a second file under the same name.
      if (await m.attachments.exists({ _id: { $eq: id } })) throw new DuplicateKeyError('attachment');
      await new Promise<void>((resolve, reject) => {
        // The GridFS file is named by the attachment id (a server-made UUID), which is how it is found again.
        const upload = bucket().openUploadStream(id, { metadata: { patientId: a.patientId } });
        upload.once('finish', () => resolve()).once('error', reject);
        upload.end(Buffer.from(content));
      });
      await unique('attachment', () => m.attachments.create({ _id: id, ...rest }));
    },
    async find(patientId, id) {
      const doc = await m.attachments.findOne({ _id: { $eq: id }, patientId: { $eq: patientId } }).lean<AttachmentDoc>();
      return doc ? toAttachment(doc) : null;
    },
    async listForPatient(patientId) {
      return (await m.attachments.find({ patientId: { $eq: patientId } }).sort({ uploadedAt: 1, _id: 1 }).lean<AttachmentDoc[]>()).map(toAttachment);
    },
    async countForTarget(patientId, targetKey) {
      return m.attachments.countDocuments({ patientId: { $eq: patientId }, targetKey: { $eq: targetKey } });
    },
    async content(id) {
      if (typeof id !== 'string' || !(await m.attachments.exists({ _id: { $eq: id } }))) return null;
      const chunks: Buffer[] = [];
      try {
        for await (const chunk of bucket().openDownloadStreamByName(id)) chunks.push(chunk as Buffer);
      } catch (error) {
        if (isFileNotFound(error)) return null;
        throw error;
      }
      return Buffer.concat(chunks);
    },
  };
}
