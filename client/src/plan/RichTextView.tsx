import { createElement, type ReactNode } from 'react';
import * as Y from 'yjs';
import { useYChanges } from './useYMap';

/** The block and inline nodes Tiptap's StarterKit writes into a Y.XmlFragment, as HTML elements. */
const BLOCKS: Record<string, string> = {
  paragraph: 'p', bulletList: 'ul', orderedList: 'ol', listItem: 'li', blockquote: 'blockquote',
  codeBlock: 'pre', horizontalRule: 'hr', hardBreak: 'br',
};
const MARKS: Record<string, string> = { bold: 'strong', italic: 'em', strike: 's', underline: 'u', code: 'code' };

/** A link's address, only when it is a web or mail address (a plan is written by others: no `javascript:`). */
function safeHref(value: unknown): string | undefined {
  const href = typeof value === 'object' && value !== null && 'href' in value ? value.href : undefined;
  return typeof href === 'string' && /^(https?:|mailto:)/i.test(href) ? href : undefined;
}

function renderText(text: Y.XmlText, key: number): ReactNode[] {
  const delta = text.toDelta() as Array<{ insert: unknown; attributes?: Record<string, unknown> }>;
  return delta.map((op, i) => {
    let node: ReactNode = typeof op.insert === 'string' ? op.insert : '';
    for (const [mark, value] of Object.entries(op.attributes ?? {})) {
      if (mark === 'link') node = <a href={safeHref(value)} rel="noopener noreferrer" target="_blank">{node}</a>;
      else if (MARKS[mark]) node = createElement(MARKS[mark], null, node);
    }
    return <span key={`${key}.${i}`}>{node}</span>;
  });
}

function renderNodes(nodes: Array<Y.XmlElement | Y.XmlText>): ReactNode[] {
  return nodes.flatMap((node, i) => {
    if (node instanceof Y.XmlText) return renderText(node, i);
    const level = Number(node.getAttribute('level'));
    const tag = node.nodeName === 'heading' && level >= 1 && level <= 6 ? `h${Math.min(level + 2, 6)}` : BLOCKS[node.nodeName] ?? 'div';
    const children = renderNodes(node.toArray() as Array<Y.XmlElement | Y.XmlText>);
    return [createElement(tag, { key: i }, ...(tag === 'hr' || tag === 'br' ? [] : children))];
  });
}

/**
 * Rich text for people who may read but not edit (family caregivers, read-only
 * roles): the same Y.XmlFragment rendered as plain HTML and re-rendered live,
 * without loading the editor. Headings start at h3, under the section headings.
 */
export function RichTextView({ fragment, label }: { fragment: Y.XmlFragment; label: string }) {
  useYChanges(fragment);
  return (
    <div className="rich-text-field">
      <div className="rich-text" dir="auto" role="textbox" aria-label={label} aria-readonly="true" aria-multiline="true" contentEditable={false}>
        {renderNodes(fragment.toArray() as Array<Y.XmlElement | Y.XmlText>)}
      </div>
    </div>
  );
}
