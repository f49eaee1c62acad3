import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';

/** Collaborative rich text on one Y.XmlFragment, with everyone's carets and selections (Tiptap; loaded only for people who may edit). */
export function RichTextEditor({ fragment, provider, user, editable, label, onFocus }: {
  fragment: Y.XmlFragment;
  provider: WebsocketProvider;
  /** Our own name and caret color as the server stamps them into presence. */
  user: { name: string; color: string };
  editable: boolean;
  label: string;
  onFocus?: () => void;
}) {
  const editor = useEditor({
    editable,
    extensions: [
      // Yjs keeps the history; the editor's own undo would fight it.
      StarterKit.configure({ undoRedo: false }),
      Collaboration.configure({ fragment }),
      // The server stamps the identity into what others see, whatever we send; this keeps our own view consistent.
      CollaborationCaret.configure({ provider, user }),
    ],
    editorProps: { attributes: { 'aria-label': label, role: 'textbox', 'aria-multiline': 'true', class: 'rich-text', dir: 'auto' } },
    onFocus: () => onFocus?.(),
  }, [fragment, provider, user.name, user.color]);

  useEffect(() => {
    editor?.setEditable(editable);
  }, [editor, editable]);

  return <EditorContent editor={editor} className="rich-text-field" />;
}
