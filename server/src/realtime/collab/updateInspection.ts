import * as Y from 'yjs';
import type { DecodedUpdate } from './updateRules';

/**
 * Decodes an update without applying it. Throws on bytes that are not a Yjs
 * update, so that a malformed message never reaches the live document.
 */
export function decodeUpdateStrictly(update: Uint8Array): { decoded: DecodedUpdate; empty: boolean } {
  const decoded = Y.decodeUpdate(update);
  return { decoded, empty: decoded.structs.length === 0 && decoded.ds.clients.size === 0 };
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

type Struct = Y.Item | Y.GC | Y.Skip;

/** Decoded structs that a document does not have yet, by client, for looking ids up. */
function newStructsByClient(structs: readonly Struct[], doc: Y.Doc): Map<number, Y.Item[]> {
  const byClient = new Map<number, Y.Item[]>();
  for (const s of structs) {
    // Skips are gaps and GC structs are content-free placeholders: neither changes a section.
    if (!(s instanceof Y.Item) || s.id.clock + s.length <= Y.getState(doc.store, s.id.client)) continue;
    byClient.set(s.id.client, [...(byClient.get(s.id.client) ?? []), s]);
  }
  return byClient;
}

/**
 * The root sections (`needs`, `medications`…) an update would change in a
 * document: its new content and its deletions of content that is still
 * visible. Returns null when any part cannot be attributed to a section (a
 * parent that neither the update nor the document knows, a deletion of
 * unknown content, a reference cycle) — the caller must refuse those.
 * Content the document already has (a reconnecting client's sync step 2
 * repeats it) and deletions already applied change nothing and do not count.
 * Sections are resolved the way Yjs links items: an item with a left or right
 * neighbour belongs where that neighbour is (such items carry no parent of
 * their own). Callers run `checkUpdate` first, which refuses structs that
 * straddle the document's state: Yjs would link their tail after an existing
 * item, whatever parent the struct declares.
 */
export function sectionsTouched(update: Uint8Array | DecodedUpdate, doc: Y.Doc): Set<string> | null {
  const { structs, ds } = update instanceof Uint8Array ? Y.decodeUpdate(update) : update;
  const fresh = newStructsByClient(structs, doc);
  const rootName = (type: Y.AbstractType<unknown>): string | null => {
    for (const [name, root] of doc.share) if (root === type) return name;
    return null;
  };
  const inUpdate = (id: Y.ID) => fresh.get(id.client)?.find((s) => s.id.clock <= id.clock && id.clock < s.id.clock + s.length);
  const ofDocItem = (item: Y.Item): string | null => {
    let current = item;
    for (;;) {
      if (!(current.parent instanceof Y.AbstractType)) return null;
      if (current.parent._item === null) return rootName(current.parent as Y.AbstractType<unknown>);
      current = current.parent._item;
    }
  };
  const resolved = new Map<Y.Item, string | null>();
  const ofId = (id: Y.ID): string | null => {
    const own = inUpdate(id);
    if (own) return ofUpdateItem(own);
    if (id.clock >= Y.getState(doc.store, id.client)) return null;
    const found = Y.getItem(doc.store, id) as Y.Item | Y.GC;
    return found instanceof Y.Item ? ofDocItem(found) : null;
  };
  // Decoded items name their parent as a root key (string), the id of the parent type's item, or — when
  // they have neighbours — nothing at all: then the parent is the neighbour's.
  const ofUpdateItem = (item: Y.Item): string | null => {
    if (resolved.has(item)) return resolved.get(item)!;
    // Marked unresolvable while in progress, so that a reference cycle ends as null.
    resolved.set(item, null);
    const parent = item.parent as unknown;
    const section = typeof parent === 'string' ? parent
      : parent instanceof Y.ID ? ofId(parent)
        : item.origin ? ofId(item.origin)
          : item.rightOrigin ? ofId(item.rightOrigin) : null;
    resolved.set(item, section);
    return section;
  };
  const sections = new Set<string>();
  const add = (section: string | null): boolean => (section === null ? false : (sections.add(section), true));
  for (const items of fresh.values()) for (const item of items) if (!add(ofUpdateItem(item))) return null;
  for (const [client, ranges] of ds.clients) {
    const stored = doc.store.clients.get(client) ?? [];
    const state = Y.getState(doc.store, client);
    for (const { clock, len } of ranges) {
      for (let at = clock; at < clock + len;) {
        if (at < state) {
          const struct = stored[Y.findIndexSS(stored, at)]!;
          if (struct instanceof Y.Item && !struct.deleted && !add(ofDocItem(struct))) return null;
          at = struct.id.clock + struct.length;
          continue;
        }
        const own = inUpdate(Y.createID(client, at));
        if (!own || !add(ofUpdateItem(own))) return null;
        at = own.id.clock + own.length;
      }
    }
  }
  return sections;
}
