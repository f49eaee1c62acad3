import type { Thread } from '@carehuddle/shared';
import type { NoteRecord, ThreadRecord } from '../../storage/port';
import { authorRolesFor, UNKNOWN_AUTHOR_ROLE } from '../patients/authorRoles';
import type { Services } from '../services';
import { anchorOf } from './threadAccess';

/** The only way threads leave the server: retracted bodies are withheld, authors named, unread computed for the viewer. */
export async function presentThreads(services: Services, threads: readonly ThreadRecord[], viewerId: string | null): Promise<Thread[]> {
  const ids = threads.map((t) => t.id);
  const notes = await services.store.notes.notesOf(ids);
  const [revisions, markers, authors] = await Promise.all([
    services.store.notes.revisionCounts(notes.map((n) => n.id)),
    viewerId ? services.store.notes.readMarkers(viewerId, ids) : Promise.resolve(new Map<string, number>()),
    services.store.users.findManyByIds([...new Set(notes.flatMap((n) => [n.authorId, ...(n.retractedBy ? [n.retractedBy] : [])]))]),
  ]);
  const names = new Map(authors.map((u) => [u.id, u.name]));
  const roles = new Map<string, Awaited<ReturnType<typeof authorRolesFor>>>();
  for (const patientId of new Set(threads.map((t) => t.patientId))) roles.set(patientId, await authorRolesFor(services, patientId, authors));
  const byThread = new Map<string, NoteRecord[]>();
  for (const n of notes) byThread.set(n.threadId, [...(byThread.get(n.threadId) ?? []), n]);
  return threads.map((t) => ({
    id: t.id,
    patientId: t.patientId,
    anchor: anchorOf(t),
    visibility: t.visibility,
    resolved: t.resolved,
    createdAt: t.createdAt,
    lastActivityAt: t.lastActivityAt,
    activitySeq: t.activitySeq,
    unread: viewerId !== null && (markers.get(t.id) ?? 0) < t.activitySeq,
    notes: (byThread.get(t.id) ?? []).map((n) => ({
      id: n.id,
      threadId: n.threadId,
      author: { userId: n.authorId, name: names.get(n.authorId) ?? 'Former member', role: roles.get(t.patientId)?.get(n.authorId) ?? UNKNOWN_AUTHOR_ROLE },
      body: n.retractedAt ? null : n.body,
      mentions: n.mentions,
      createdAt: n.createdAt,
      editedAt: n.editedAt,
      revisionCount: revisions.get(n.id) ?? 0,
      retracted: n.retractedAt ? { by: names.get(n.retractedBy ?? '') ?? 'Former member', at: n.retractedAt, reason: n.retractReason ?? '' } : null,
    })),
  }));
}
