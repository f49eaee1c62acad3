import type * as Y from 'yjs';

/**
 * Whether the server's stored state covers everything in a local state.
 * Comparing state vectors alone is not enough: a deletion does not advance a
 * clock, so the delete sets are compared too.
 */
export function isSnapshotCovered(local: Y.Snapshot, stored: Y.Snapshot): boolean {
  for (const [client, clock] of local.sv) if ((stored.sv.get(client) ?? 0) < clock) return false;
  for (const [client, deletions] of local.ds.clients) {
    const storedDeletions = stored.ds.clients.get(client) ?? [];
    for (const d of deletions) {
      const covered = storedDeletions.some((s) => s.clock <= d.clock && d.clock + d.len <= s.clock + s.len);
      if (!covered) return false;
    }
  }
  return true;
}
