import { SCREENING_ANSWERS_MAP, ScreeningAnswerValueSchema, type ScreeningAnswers } from '@carehuddle/shared';
import type * as Y from 'yjs';
import type { ScreeningDocuments } from '../../domain/screenings/screeningDocuments';
import type { DocumentRepository } from '../../storage/port';
import { closeWith } from './collabConnection';
import type { RoomRegistry } from './roomRegistry';

/** The server's own map in a screening document: `completed` once stored (clients cannot write it). */
export const SCREENING_STATUS_MAP = 'status';

/** Answers as the document holds them; values that are not answers (a hostile client's) are left out. */
function answersOf(doc: Y.Doc): ScreeningAnswers {
  const out: Record<string, ScreeningAnswers[string]> = {};
  for (const [linkId, value] of doc.getMap<unknown>(SCREENING_ANSWERS_MAP).entries()) {
    const parsed = ScreeningAnswerValueSchema.safeParse(value);
    if (parsed.success) out[linkId] = parsed.data;
  }
  return out;
}

/** Screening documents served live by the collaboration rooms; attribution comes from the server's records of each stored edit. */
export function liveScreeningDocuments(rooms: RoomRegistry, documents: DocumentRepository): ScreeningDocuments {
  const withRoom = async <T>(name: string, use: (room: Awaited<ReturnType<RoomRegistry['open']>>) => Promise<T>): Promise<T> => {
    const room = await rooms.open(name);
    try {
      return await use(room);
    } finally {
      rooms.scheduleUnload(room);
    }
  };
  return {
    read: (name) => withRoom(name, async (room) => {
      await room.flush();
      const attribution = new Map<string, { userId: string; at: string }>();
      for (const entry of await documents.attribution(name)) {
        const [section, linkId] = entry.itemKey.split('/');
        const known = linkId ? attribution.get(linkId) : undefined;
        if (section === SCREENING_ANSWERS_MAP && linkId && (!known || known.at <= entry.at)) attribution.set(linkId, { userId: entry.userId, at: entry.at });
      }
      return { answers: answersOf(room.doc), attribution };
    }),
    write: (name, answers, userId) => withRoom(name, async (room) => {
      room.applyServerEdit(userId, (doc) => {
        const map = doc.getMap<unknown>(SCREENING_ANSWERS_MAP);
        for (const [linkId, value] of Object.entries(answers)) if (value !== undefined) map.set(linkId, value);
      });
      await room.flush();
    }),
    markCompleted: (name, screeningId) => withRoom(name, async (room) => {
      room.applyServerEdit('system', (doc) => {
        doc.getMap<unknown>(SCREENING_STATUS_MAP).set('completed', screeningId);
      });
      await room.flush();
      // Writers reconnect read-only: the stored response is final, corrections are amendments.
      for (const conn of room.connections) if (conn.access === 'write') closeWith(conn.ws, 'accessRevoked');
    }),
  };
}
