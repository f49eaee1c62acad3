/** One person's edit to one section, as the announcement names it. */
export interface RemoteChange {
  name: string;
  section: string;
}

/** One person's clause: who, and the sections they changed (English unless the page's catalog gives its own). */
export type ChangeSentence = (name: string, sections: readonly string[]) => string;

const englishSentence: ChangeSentence = (name, sections) => `${name} changed ${listOf(sections)}.`;

/**
 * The sentence for the edits gathered in one interval: "Priya Natarajan changed
 * Medications." — one clause per person, each section named once, in the order
 * they happened.
 */
export function describeChanges(changes: readonly RemoteChange[], sentence: ChangeSentence = englishSentence): string {
  const byPerson = new Map<string, string[]>();
  for (const { name, section } of changes) {
    const sections = byPerson.get(name) ?? [];
    if (!sections.includes(section)) sections.push(section);
    byPerson.set(name, sections);
  }
  return [...byPerson].map(([name, sections]) => sentence(name, sections)).join(' ');
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * Gathers what arrives and hands it over at most once per `intervalMs`: the
 * first arrival starts the interval, everything until it ends goes in one batch.
 * Typing produces an update per keystroke; this keeps it to one announcement.
 */
export function coalesce<T>(flush: (batch: T[]) => void, intervalMs: number): { add(entry: T): void; stop(): void } {
  let gathered: T[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    add(entry) {
      gathered.push(entry);
      timer ??= setTimeout(() => {
        timer = null;
        const batch = gathered;
        gathered = [];
        flush(batch);
      }, intervalMs);
    },
    stop() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      gathered = [];
    },
  };
}
