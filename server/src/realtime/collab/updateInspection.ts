import * as Y from 'yjs';

/**
 * Decodes an update without applying it. Throws on bytes that are not a Yjs
 * update, so that a malformed message never reaches the live document.
 */
export function assertDecodableUpdate(update: Uint8Array): { empty: boolean } {
  const decoded = Y.decodeUpdate(update);
  return { empty: decoded.structs.length === 0 && decoded.ds.clients.size === 0 };
}

/**
 * The plan items a transaction touched, as `section/itemId` (or `section`
 * for changes directly on a section). Plans are root maps of sections whose
 * entries are items with stable ids.
 */
export function changedItemKeys(transaction: Y.Transaction): string[] {
  const keys = new Set<string>();
  const doc = transaction.doc;
  const rootName = (type: Y.AbstractType<unknown>): string | null => {
    for (const [name, root] of doc.share) if (root === type) return name;
    return null;
  };
  for (const [type, changedKeys] of transaction.changed) {
    let child: Y.AbstractType<unknown> | null = null;
    let current: Y.AbstractType<unknown> | null = type as Y.AbstractType<unknown>;
    while (current && current._item?.parent) {
      child = current;
      current = current._item.parent as Y.AbstractType<unknown>;
    }
    if (!current) continue;
    const section = rootName(current);
    if (section === null) continue;
    if (child?._item?.parentSub) keys.add(`${section}/${child._item.parentSub}`);
    else if (child === null) {
      for (const k of changedKeys) keys.add(k === null ? section : `${section}/${k}`);
    } else keys.add(section);
  }
  return [...keys];
}
