import * as Y from 'yjs';

/**
 * Removes one item from a section and returns how to put it back,
 * with everything in it (fields, rich-text notes). A Yjs UndoManager of its own
 * tracks only this removal — marked by an origin no other change carries — so
 * undoing it never reverts a colleague's edit or another removal; the restored
 * item reaches the server like any other edit.
 */
export function removeWithUndo(items: Y.Map<Y.Map<unknown>>, itemId: string): { putBack: () => void; forget: () => void } {
  const doc = items.doc;
  if (!doc) {
    items.delete(itemId);
    return { putBack: () => undefined, forget: () => undefined };
  }
  const origin = { removal: itemId };
  const manager = new Y.UndoManager(items, { trackedOrigins: new Set([origin]), captureTimeout: 0 });
  doc.transact(() => items.delete(itemId), origin);
  return {
    putBack: () => {
      manager.undo();
      manager.destroy();
    },
    // Unused: stop tracking, so the removed content may be collected.
    forget: () => manager.destroy(),
  };
}
