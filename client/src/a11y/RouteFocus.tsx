import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

const APP_NAME = 'CareHuddle';

/** The document title for a page whose heading (or its `data-page-title`) reads `heading`: "Care plan — Rosa Delgado — CareHuddle". */
export function titleFor(heading: string): string {
  const text = heading.replace(/\s+/g, ' ').trim();
  if (!text) return APP_NAME;
  return text.includes(APP_NAME) ? text : `${text} — ${APP_NAME}`;
}

/**
 * Props for a page's h1 whose title is not its text: "Today" without the date,
 * "Coordination — Rosa Delgado" for a patient's open tab. Stable across data
 * changes, so a screen reader's window list does not churn.
 */
export function pageTitleProps(...parts: ReadonlyArray<string | undefined>): { 'data-page-title': string } {
  return { 'data-page-title': parts.filter((p): p is string => Boolean(p)).join(' — ') };
}

/**
 * After every navigation the person makes, focus moves to the new page's h1
 * (given `tabIndex -1`), so a screen reader reads where they are and Tab starts
 * from the page's top; the document title follows the h1 on every page, so it
 * names the page and, on a patient's pages, the patient — one place, not code
 * on each page. A heading whose text changes with data (Today's date) or that
 * names less than the page (a patient's name, not the open tab) says the title
 * in `data-page-title` (see `pageTitleProps`). Pages load lazily and the h1
 * often waits for data, so the heading is watched for until it appears (and
 * its text and title as they change).
 *
 * Focus is not taken on the first paint, nor on a redirect before the person
 * has touched anything, nor from something the person focused meanwhile.
 * A change of the query alone (a tab, a filter) is not a new page.
 */
export function RouteFocus() {
  const { pathname } = useLocation();
  const interacted = useRef(false);

  useEffect(() => {
    const touched = () => { interacted.current = true; };
    window.addEventListener('keydown', touched, { capture: true, once: true });
    window.addEventListener('pointerdown', touched, { capture: true, once: true });
    return () => {
      window.removeEventListener('keydown', touched, { capture: true });
      window.removeEventListener('pointerdown', touched, { capture: true });
    };
  }, []);

  useEffect(() => {
    const from = document.activeElement;
    let focusPending = interacted.current;
    const follow = () => {
      const heading = document.querySelector<HTMLElement>('main h1') ?? document.querySelector<HTMLElement>('h1');
      if (!heading) return;
      const title = titleFor(heading.dataset.pageTitle ?? heading.textContent);
      if (document.title !== title) document.title = title;
      if (!focusPending) return;
      focusPending = false;
      const active = document.activeElement;
      if (active && active !== document.body && active !== from) return;
      heading.tabIndex = -1;
      heading.focus();
    };
    follow();
    const observer = new MutationObserver(follow);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-page-title'] });
    return () => observer.disconnect();
  }, [pathname]);

  return null;
}
