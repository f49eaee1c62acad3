import { lazy, Suspense } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { RichTextView } from './RichTextView';

// The editor (Tiptap and ProseMirror, most of the plan page's script) loads only for people who may edit.
const RichTextEditor = lazy(async () => ({ default: (await import('./RichTextEditor')).RichTextEditor }));

/** A plan's rich-text field: the live editor for those who may edit, a live read-only view for everyone else. */
export function RichTextField(props: {
  fragment: Y.XmlFragment;
  provider: WebsocketProvider;
  /** Our own name and caret color as the server stamps them into presence. */
  user: { name: string; color: string };
  editable: boolean;
  label: string;
  onFocus?: () => void;
}) {
  const view = <RichTextView fragment={props.fragment} label={props.label} />;
  if (!props.editable) return view;
  return <Suspense fallback={view}><RichTextEditor {...props} /></Suspense>;
}
