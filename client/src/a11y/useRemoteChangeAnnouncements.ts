import { PLAN_SECTION_TITLES, PLAN_SECTIONS, type PlanAudience, type PlanSection } from '@carehuddle/shared';
import { useEffect, useRef } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { useAnnounce } from './Announcer';
import { coalesceChanges } from './remoteChanges';

/** Long enough that a burst of typing is one announcement, short enough that it is still news. */
const ANNOUNCE_EVERY_MS = 4_000;

interface PresenceState {
  user?: { name?: string };
  section?: string | null;
}

/**
 * Announces, politely and coalesced, what other people change in a live plan
 * document: "Priya Natarajan changed Medications." Only edits arriving from the
 * server after the first sync count (loading the plan is not news), and only
 * from people present now, so the name is known from presence.
 */
export function useRemoteChangeAnnouncements(doc: Y.Doc | undefined, provider: WebsocketProvider | undefined, audience: PlanAudience,
  sectionTitles: Partial<Record<PlanSection, string>> | undefined): void {
  const announce = useAnnounce();
  const titles = useRef(sectionTitles);
  titles.current = sectionTitles;
  useEffect(() => {
    if (!doc || !provider) return;
    const sections = new Set<string>(['summary', ...PLAN_SECTIONS[audience]]);
    const changes = coalesceChanges(announce, ANNOUNCE_EVERY_MS);
    const onTransaction = (tr: Y.Transaction) => {
      if (tr.origin !== provider || !provider.synced) return;
      const changed = new Set([...tr.changed.keys()].map((type) => rootName(doc, type)).filter((name): name is string => name !== null && sections.has(name)));
      for (const section of changed) {
        for (const name of authorsOf(tr, provider, section)) changes.add({ name, section: sectionTitle(section, titles.current) });
      }
    };
    doc.on('afterTransaction', onTransaction);
    return () => {
      doc.off('afterTransaction', onTransaction);
      changes.stop();
    };
  }, [doc, provider, audience, announce]);
}

/** The name of the root type (a section, or the summary) that a changed type belongs to. */
function rootName(doc: Y.Doc, type: { _item: Y.Item | null }): string | null {
  let root = type;
  while (root._item?.parent instanceof Y.AbstractType) root = root._item.parent;
  for (const [name, shared] of doc.share) if (shared === root) return name;
  return null;
}

/**
 * Who made a remote transaction: the clients whose insertions it carries; for a
 * deletion only (which names no author), the people whose presence is in that section.
 */
function authorsOf(tr: Y.Transaction, provider: WebsocketProvider, section: string): string[] {
  const states = provider.awareness.getStates() as Map<number, PresenceState>;
  const inserted = [...tr.afterState].filter(([client, clock]) => (tr.beforeState.get(client) ?? 0) < clock).map(([client]) => client);
  const clients = inserted.length > 0 ? inserted : [...states].filter(([, s]) => s.section === section).map(([client]) => client);
  const names = clients.filter((client) => client !== provider.awareness.clientID).map((client) => states.get(client)?.user?.name);
  return [...new Set(names.filter((name): name is string => Boolean(name)))];
}

function sectionTitle(section: string, overrides: Partial<Record<PlanSection, string>> | undefined): string {
  if (section === 'summary') return 'the plan summary';
  const key = section as PlanSection;
  return overrides?.[key] ?? PLAN_SECTION_TITLES[key];
}
