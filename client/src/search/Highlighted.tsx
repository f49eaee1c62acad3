import type { HighlightedText } from '@carehuddle/shared';

/**
 * Text with the words that matched a search marked. Each piece is rendered as
 * text (React escapes it), so whatever someone typed into a note or the plan
 * is shown as written and can never become markup.
 */
export function Highlighted({ text }: { text: HighlightedText }) {
  return (
    <>
      {text.map((piece, i) => (piece.match ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>))}
    </>
  );
}
