/** One attached file's row; its bytes are stored beside the database (a directory, or GridFS). */
export interface AttachmentRecord {
  id: string;
  patientId: string;
  /** What it is attached to, as JSON (`AttachmentTarget`). */
  target: string;
  /** `attachmentTargetKey` of the target, for counting files per target. */
  targetKey: string;
  /** The name it was uploaded with (display only). */
  fileName: string;
  /** The type found in the content (`AttachmentType`). */
  contentType: string;
  size: number;
  /** Hex SHA-256 of the content, checked when it is read back. */
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
}
