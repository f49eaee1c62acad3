import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Notes longer than this (characters or lines) are folded to their start, with "Show more". */
const FOLD_CHARACTERS = 600;
const FOLD_LINES = 8;

/**
 * Renders the light markdown subset (**bold**, *italic*, `code`, line breaks)
 * and `@Name` mentions as React text nodes. Nothing is ever parsed as HTML, so
 * a note cannot carry script or markup into another user's browser. Long
 * notes are folded so that one long note does not push the thread list away.
 */
export function NoteBody({ text, mentionNames = [] }: { text: string; mentionNames?: readonly string[] }) {
  const { t } = useTranslation('notes');
  const [unfolded, setUnfolded] = useState(false);
  const lines = text.split('\n');
  const long = text.length > FOLD_CHARACTERS || lines.length > FOLD_LINES;
  const shown = long && !unfolded ? foldedStart(lines) : lines;
  return (
    <>
      <p className="note-body" dir="auto">
        {shown.map((line, i) => (
          <span key={i}>{withMentions(line, mentionNames)}{i < shown.length - 1 && <br />}</span>
        ))}
        {long && !unfolded && '…'}
      </p>
      {long && (
        <button type="button" className="link" aria-expanded={unfolded} onClick={() => setUnfolded(!unfolded)}>{unfolded ? t('body.showLess') : t('body.showMore')}</button>
      )}
    </>
  );
}

function foldedStart(lines: readonly string[]): string[] {
  const start = lines.slice(0, FOLD_LINES).join('\n').slice(0, FOLD_CHARACTERS);
  return start.split('\n');
}

/** `@Name` of a mentioned person stands out; the rest goes through the markdown subset. */
function withMentions(line: string, names: readonly string[]): ReactNode[] {
  if (names.length === 0) return inline(line, 0);
  const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(@(?:${escaped.join('|')}))`, 'g');
  return line.split(pattern).flatMap((part, i): ReactNode[] => (i % 2 === 1 ? [<strong key={`m${i}`} className="mention">{part}</strong>] : inline(part, i * 10_000)));
}

function inline(line: string, keyBase: number): ReactNode[] {
  const parts: ReactNode[] = [];
  const pattern = /(\*\*[^*]+\*\*|\*[^*]+\*|`[^`]+`)/g;
  let last = 0;
  for (const match of line.matchAll(pattern)) {
    const token = match[0];
    const at = match.index;
    if (at > last) parts.push(line.slice(last, at));
    const key = keyBase + at;
    if (token.startsWith('**')) parts.push(<strong key={key}>{token.slice(2, -2)}</strong>);
    else if (token.startsWith('`')) parts.push(<code key={key}>{token.slice(1, -1)}</code>);
    else parts.push(<em key={key}>{token.slice(1, -1)}</em>);
    last = at + token.length;
  }
  if (last < line.length) parts.push(line.slice(last));
  return parts;
}
