import type { ReactNode } from 'react';

/**
 * Renders the light markdown subset (**bold**, *italic*, `code`, line breaks)
 * as React text nodes. Nothing is ever parsed as HTML, so a note cannot carry
 * script or markup into another user's browser.
 */
export function NoteBody({ text }: { text: string }) {
  const lines = text.split('\n');
  return (
    <p className="note-body" dir="auto">
      {lines.map((line, i) => (
        <span key={i}>{inline(line)}{i < lines.length - 1 && <br />}</span>
      ))}
    </p>
  );
}

function inline(line: string): ReactNode[] {
  const parts: ReactNode[] = [];
  const pattern = /(\*\*[^*]+\*\*|\*[^*]+\*|`[^`]+`)/g;
  let last = 0;
  for (const match of line.matchAll(pattern)) {
    const token = match[0];
    const at = match.index;
    if (at > last) parts.push(line.slice(last, at));
    if (token.startsWith('**')) parts.push(<strong key={at}>{token.slice(2, -2)}</strong>);
    else if (token.startsWith('`')) parts.push(<code key={at}>{token.slice(1, -1)}</code>);
    else parts.push(<em key={at}>{token.slice(1, -1)}</em>);
    last = at + token.length;
  }
  if (last < line.length) parts.push(line.slice(last));
  return parts;
}
