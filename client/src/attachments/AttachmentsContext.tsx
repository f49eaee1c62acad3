import { attachmentTargetKey, type Attachment, type AttachmentTarget } from '@carehuddle/shared';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { attachmentEndpoints } from '../api/attachmentEndpoints';
import { useServerQuery } from '../api/useServerQuery';

/** The patient's files the viewer may read, loaded once per page and shared by every place that shows some. */
export interface PatientAttachments {
  patientId: string;
  /** Files on one target, oldest first. */
  on(target: AttachmentTarget): Attachment[];
  /** Loads the list again (after an upload). */
  reload(): void;
}

const AttachmentsContext = createContext<PatientAttachments | null>(null);

/** Loads the patient's files for everything below it. */
export function AttachmentsProvider({ patientId, children }: { patientId: string; children: ReactNode }) {
  const { data, reload } = useServerQuery(['attachments', patientId], () => attachmentEndpoints.list(patientId));
  const value = useMemo<PatientAttachments>(() => {
    const byTarget = new Map<string, Attachment[]>();
    for (const a of data?.attachments ?? []) {
      const key = attachmentTargetKey(a.target);
      byTarget.set(key, [...(byTarget.get(key) ?? []), a]);
    }
    // An earlier render's `reload` works as well as this one's (it only bumps a counter), so only the data renews the value.
    return { patientId, on: (target) => byTarget.get(attachmentTargetKey(target)) ?? [], reload };
  }, [patientId, data]);
  return <AttachmentsContext.Provider value={value}>{children}</AttachmentsContext.Provider>;
}

/** The page's files, if the page provides them. */
export function useAttachments(): PatientAttachments | null {
  return useContext(AttachmentsContext);
}
