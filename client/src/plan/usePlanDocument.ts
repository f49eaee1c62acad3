import {
  CLOSE_CODES, closeReasonOf, COLLAB_MESSAGE, COLLAB_PATH, isSnapshotCovered, planDocumentName, REALTIME_PROTOCOL_VERSION,
  type PlanAudience,
} from '@carehuddle/shared';
import * as decoding from 'lib0/decoding';
import { useEffect, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { endpoints } from '../api/endpoints';
import { whenSignedInAgain } from '../session/signedInAgain';
import { rememberOfflineCopy } from './offlineCopies';

/** Whether the server has stored everything this browser has. */
export type SaveState = 'saved' | 'saving' | 'not-saved' | 'offline-unsaved';

/** After this long without an acknowledgement, "Saving…" becomes "Not saved": the server is up but cannot store. */
const NOT_SAVED_AFTER_MS = 5_000;

/** A live plan document and what the server said about it. */
export interface PlanDocument {
  doc: Y.Doc;
  provider: WebsocketProvider;
  access: 'read' | 'write' | null;
  connected: boolean;
  saveState: SaveState;
  /** Why the server closed the connection for good, in words (the server's, English). */
  closedReason: string | null;
  /** The close code that ended it, so a page can say why in the reader's language. */
  closedCode: number | null;
  /** Counts stored batches, so views can refresh attribution after a save. */
  savedRound: number;
  /** Who the server says we are in presence (name, role, caret color). */
  identity: { name: string; color: string; role: string } | null;
}

const PERMANENT = new Set<number>([CLOSE_CODES.forbidden, CLOSE_CODES.notFound, CLOSE_CODES.unauthenticated, CLOSE_CODES.accessRevoked, CLOSE_CODES.protocolMismatch]);

/** Opens a plan document over y-websocket, with a local IndexedDB copy for offline edits. */
export function usePlanDocument(patientId: string, audience: PlanAudience): PlanDocument | null {
  return useCollabDocument(planDocumentName(patientId, audience));
}

/** Opens any live document (a plan document, a screening in progress) by name, with a local copy for offline edits. */
export function useCollabDocument(name: string): PlanDocument | null {
  const [state, setState] = useState<PlanDocument | null>(null);

  useEffect(() => {
    const doc = new Y.Doc();
    rememberOfflineCopy(name);
    const local = new IndexeddbPersistence(name, doc);
    const origin = window.location.origin.replace(/^http/, 'ws');
    const provider = new WebsocketProvider(`${origin}${COLLAB_PATH}`, name, doc, {
      params: { acks: '1', v: String(REALTIME_PROTOCOL_VERSION) },
    });
    let saved: Y.Snapshot = Y.emptySnapshot;
    let current: PlanDocument = { doc, provider, access: null, connected: false, saveState: 'saving', closedReason: null, closedCode: null, savedRound: 0, identity: null };
    let unsavedSince: number | null = null;
    const publish = (patch: Partial<PlanDocument>) => {
      const covered = isSnapshotCovered(Y.snapshot(doc), saved);
      unsavedSince = covered ? null : (unsavedSince ?? Date.now());
      current = { ...current, ...patch };
      const stale = unsavedSince !== null && Date.now() - unsavedSince > NOT_SAVED_AFTER_MS;
      current.saveState = covered ? 'saved' : !current.connected ? 'offline-unsaved' : stale ? 'not-saved' : 'saving';
      setState(current);
    };
    const recheck = window.setInterval(() => { if (unsavedSince !== null) publish({}); }, 1_000);
    provider.messageHandlers[COLLAB_MESSAGE.saved] = (_e, decoder) => {
      saved = Y.decodeSnapshot(decoding.readVarUint8Array(decoder));
      publish({ savedRound: current.savedRound + 1 });
    };
    provider.messageHandlers[COLLAB_MESSAGE.access] = (_e, decoder) => {
      const { access, user } = JSON.parse(decoding.readVarString(decoder)) as { access: 'read' | 'write'; user: { name: string; color: string; role: string } };
      publish({ access, identity: user });
    };
    provider.on('status', ({ status }: { status: string }) => publish({ connected: status === 'connected' }));
    provider.on('connection-close', (event: CloseEvent | null) => {
      if (event && PERMANENT.has(event.code)) {
        provider.shouldConnect = false;
        publish({ closedReason: event.reason || closeReasonOf(event.code) || 'Connection closed.', closedCode: event.code });
        // The session ended: asking who we are brings up the sign-in dialog (a 401); edits wait in the local copy meanwhile.
        if (event.code === CLOSE_CODES.unauthenticated) void endpoints.me().catch(() => undefined);
      }
    });
    // Signed in again in place: reconnect, and the edits made meanwhile are sent.
    const stopWaiting = whenSignedInAgain(() => {
      if (current.closedReason === null || provider.shouldConnect) return;
      publish({ closedReason: null, closedCode: null });
      provider.connect();
    });
    const onUpdate = () => publish({});
    doc.on('update', onUpdate);
    publish({});
    return () => {
      stopWaiting();
      window.clearInterval(recheck);
      doc.off('update', onUpdate);
      provider.destroy();
      void local.destroy();
      doc.destroy();
    };
  }, [name]);

  return state;
}
