import { COLLAB_MESSAGE, isSnapshotCovered, planDocumentName, type PlanAudience } from '@carehuddle/shared';
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { ApiClient } from './http';
import { waitFor } from './wait';

/** A ws class that sends the signed-in user's cookie and an Origin, as a browser tab would. */
export function webSocketWith(headers: Record<string, string>): typeof globalThis.WebSocket {
  const WithHeaders = class extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  };
  // y-websocket only constructs it and uses the standard event handlers, which ws implements.
  return WithHeaders as unknown as typeof globalThis.WebSocket;
}

/** A real y-websocket client with a Yjs document, and what the server told it. */
export interface PlanClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** The last snapshot the server reported as durably stored. */
  saved: Y.Snapshot;
  /** What the server said this connection may do. */
  access: string | null;
  /** The close event that ended the connection, if the server closed it. */
  closed: { code: number; reason: string } | null;
  /** Resolves once everything this client has is stored on the server. */
  whenSaved(): Promise<void>;
  destroy(): void;
}

/** Connects a stock `y-websocket` provider (plus our `acks=1` extension) to a plan document. */
export function connectPlan(
  baseUrl: string,
  client: ApiClient | null,
  patientId: string,
  audience: PlanAudience,
  options: { origin?: string; doc?: Y.Doc; docName?: string } = {},
): PlanClient {
  const doc = options.doc ?? new Y.Doc();
  const headers: Record<string, string> = { origin: options.origin ?? baseUrl };
  if (client?.cookie) headers.cookie = client.cookie;
  const provider = new WebsocketProvider(`${baseUrl.replace(/^http/, 'ws')}/collab`, options.docName ?? planDocumentName(patientId, audience), doc, {
    WebSocketPolyfill: webSocketWith(headers),
    params: { acks: '1' },
    disableBc: true,
    maxBackoffTime: 200,
  });
  const result: PlanClient = {
    doc, provider, saved: Y.emptySnapshot, access: null, closed: null,
    async whenSaved() {
      await waitFor(() => isSnapshotCovered(Y.snapshot(doc), result.saved), 'server to store every local edit');
    },
    destroy() {
      provider.destroy();
    },
  };
  provider.messageHandlers[COLLAB_MESSAGE.saved] = (_encoder, decoder) => {
    result.saved = Y.decodeSnapshot(decoding.readVarUint8Array(decoder));
  };
  provider.messageHandlers[COLLAB_MESSAGE.access] = (_encoder, decoder) => {
    result.access = (JSON.parse(decoding.readVarString(decoder)) as { access: string }).access;
  };
  provider.on('connection-close', (event) => {
    if (event) result.closed = { code: event.code, reason: event.reason };
  });
  return result;
}

/** Waits until a provider has synced with the server. */
export function whenSynced(client: PlanClient): Promise<void> {
  return waitFor(() => client.provider.synced, 'provider to sync');
}

/** Waits until the server closed the connection, and returns the close code and reason. */
export async function whenClosed(client: PlanClient): Promise<{ code: number; reason: string }> {
  await waitFor(() => client.closed !== null, 'server to close the connection');
  return client.closed!;
}
