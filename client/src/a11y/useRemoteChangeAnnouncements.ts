import { PLAN_SECTIONS, type PlanAudience, type PlanSection } from '@carehuddle/shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { usePlanWords, type PlanWords } from '../plan/usePlanWords';
import { useAnnounce } from './Announcer';
import { coalesce, describeChanges, type ChangeSentence } from './remoteChanges';

/** Long enough that a burst of typing is one announcement, short enough that it is still news. */
const ANNOUNCE_EVERY_MS = 4_000;

/** A remote edit as it arrives: who inserted (client ids) and which section it touched. */
interface Edit {
  clients: number[];
  section: string;
}

interface PresenceState {
  user?: { name?: string };
  section?: string | null;
}

/**
 * Announces, politely and coalesced, what other people change in a live plan
 * document: "Priya Natarajan changed Medications." Only edits arriving from the
 * server after the first sync count (loading the plan is not news); the name
 * comes from presence.
 */
export function useRemoteChangeAnnouncements(doc: Y.Doc | undefined, provider: WebsocketProvider | undefined, audience: PlanAudience,
  sectionTitles: Partial<Record<PlanSection, string>> | undefined): void {
  const announce = useAnnounce();
  const { t, i18n } = useTranslation('plan');
  const planWords = usePlanWords();
  // The words are read when a batch is said, so a language switch meanwhile is followed.
  const words = useRef({ titles: sectionTitles, planWords, t, language: i18n.resolvedLanguage ?? 'en' });
  words.current = { titles: sectionTitles, planWords, t, language: i18n.resolvedLanguage ?? 'en' };
  useEffect(() => {
    if (!doc || !provider) return;
    const sections = new Set<string>(['summary', ...PLAN_SECTIONS[audience]]);
    // Names are looked up when the batch is said: the author's presence may arrive just after their first edit.
    const say = (batch: Edit[]) => {
      const { titles, planWords: plan, t: say, language } = words.current;
      const named = batch.flatMap(({ clients, section }) => namesOf(provider, clients, section, say('announce.someone')).map((name) => ({ name, section: sectionTitle(section, titles, plan, say('announce.summary')) })));
      const list = new Intl.ListFormat(language, { type: 'conjunction' });
      const sentence: ChangeSentence = (name, sections) => say('announce.changed', { name, sections: list.format(sections) });
      announce(describeChanges(named, sentence));
    };
    const changes = coalesce(say, ANNOUNCE_EVERY_MS);
    const onTransaction = (tr: Y.Transaction) => {
      if (tr.origin !== provider || !provider.synced) return;
      const changed = new Set([...tr.changed.keys()].map((type) => rootName(doc, type)).filter((name): name is string => name !== null && sections.has(name)));
      const clients = insertingClients(tr);
      for (const section of changed) changes.add({ clients, section });
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

/** The clients whose insertions a transaction carries (a deletion alone names none). */
function insertingClients(tr: Y.Transaction): number[] {
  return [...tr.afterState].filter(([client, clock]) => (tr.beforeState.get(client) ?? 0) < clock).map(([client]) => client);
}

/**
 * Who made an edit, by their presence: the inserting clients, or for a deletion
 * the people whose presence is in that section; `someone` ("Someone") when presence does not say.
 */
function namesOf(provider: WebsocketProvider, inserting: readonly number[], section: string, someone: string): string[] {
  const states = provider.awareness.getStates() as Map<number, PresenceState>;
  const clients = inserting.length > 0 ? inserting : [...states].filter(([, s]) => s.section === section).map(([client]) => client);
  const names = clients.filter((client) => client !== provider.awareness.clientID).map((client) => states.get(client)?.user?.name);
  const known = [...new Set(names.filter((name): name is string => Boolean(name)))];
  return known.length > 0 ? known : [someone];
}

function sectionTitle(section: string, overrides: Partial<Record<PlanSection, string>> | undefined, words: PlanWords, summary: string): string {
  if (section === 'summary') return summary;
  const key = section as PlanSection;
  return overrides?.[key] ?? words.section(key);
}
