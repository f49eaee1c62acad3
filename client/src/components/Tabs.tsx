import { useRef, type KeyboardEvent, type ReactNode } from 'react';

/** One tab: its id (in the URL), its label and what its panel shows. */
export interface TabSpec {
  id: string;
  label: string;
  content: ReactNode;
}

/**
 * Tabs by the ARIA tab pattern: one tab stop (roving tabindex), arrow keys move
 * between tabs and select them, Home and End jump to the first and last. Only
 * the selected panel is rendered, so a tab's data loads when it is opened.
 */
export function Tabs({ label, idPrefix, tabs, selected, onSelect }: {
  label: string; idPrefix: string; tabs: readonly TabSpec[]; selected: string; onSelect: (id: string) => void;
}) {
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const current = Math.max(0, tabs.findIndex((t) => t.id === selected));
  const move = (index: number) => {
    const next = (index + tabs.length) % tabs.length;
    onSelect(tabs[next]!.id);
    buttons.current[next]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (target === undefined) return;
    e.preventDefault();
    move(target);
  };
  const active = tabs[current]!;
  return (
    <>
      <div role="tablist" aria-label={label} className="tabs" onKeyDown={onKeyDown}>
        {tabs.map((t, i) => (
          <button key={t.id} ref={(el) => { buttons.current[i] = el; }} type="button" role="tab" id={`${idPrefix}-tab-${t.id}`}
            aria-selected={i === current} aria-controls={`${idPrefix}-panel-${t.id}`} tabIndex={i === current ? 0 : -1}
            className={i === current ? 'tab active' : 'tab'} onClick={() => onSelect(t.id)}>
            {t.label}
          </button>
        ))}
      </div>
      {/* Every panel exists (each tab's aria-controls names one); only the selected one is shown and filled. */}
      {tabs.map((t) => (
        <div key={t.id} role="tabpanel" id={`${idPrefix}-panel-${t.id}`} aria-labelledby={`${idPrefix}-tab-${t.id}`} tabIndex={0} className="tab-panel" hidden={t.id !== active.id}>
          {t.id === active.id && t.content}
        </div>
      ))}
    </>
  );
}
