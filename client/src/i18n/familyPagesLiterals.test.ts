import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The components a family member or the member meets (the caregiver's review
 * page, the member portal, the printed review and the frame around them): their
 * words must come from the catalogs, or a Spanish reader meets English. Staff
 * components they reuse (the notes panel, the plan view) are here too.
 */
const FAMILY_PAGE_FILES = [
  'review/ReviewPage.tsx', 'review/FamilyHome.tsx', 'review/AccessChangedPage.tsx', 'review/CareTeamNames.tsx', 'review/SuggestGoalForm.tsx',
  'review/UpcomingConferences.tsx', 'review/CoordinatorContact.tsx', 'member/MemberPortal.tsx', 'member/ApprovePlanCard.tsx', 'member/FamilySharingCard.tsx',
  'notes/NotesPanel.tsx', 'notes/Composer.tsx', 'notes/MentionListbox.tsx', 'notes/MentionToasts.tsx', 'notes/NoteActions.tsx', 'notes/NoteBody.tsx',
  'notes/PendingNoteRow.tsx', 'notes/PendingNotes.tsx', 'notes/ThreadFilters.tsx', 'notes/threadFilters.ts', 'notes/ThreadList.tsx', 'notes/ThreadRow.tsx',
  'notes/ThreadView.tsx', 'notes/GoToNotes.tsx', 'notes/useNotes.ts', 'notes/usePendingNotes.ts', 'outbox/PendingRow.tsx',
  'plan/PlanDocumentView.tsx', 'plan/PlanSectionView.tsx', 'plan/PlanItem.tsx', 'plan/PlanSummary.tsx', 'plan/PresenceBar.tsx', 'plan/SaveStatus.tsx',
  'plan/ItemFieldInput.tsx', 'plan/PlainItemFields.tsx', 'plan/RichTextView.tsx', 'plan/usePlanWords.ts',
  'attachments/AttachmentPanel.tsx', 'attachments/AttachmentItem.tsx',
  'components/ErrorMessage.tsx', 'components/FieldMessage.tsx', 'components/RoleBadge.tsx', 'components/NavBar.tsx',
  'a11y/SkipLink.tsx', 'a11y/useNoteAnnouncements.ts', 'a11y/useRemoteChangeAnnouncements.ts',
  'i18n/LanguageSwitch.tsx', 'undo/UndoToasts.tsx', 'search/SearchBox.tsx', 'notifications/NotificationBell.tsx',
  'session/IdleWarningDialog.tsx', 'session/SignInAgainDialog.tsx', 'session/SignOutConfirmDialog.tsx', 'session/SessionContext.tsx', 'live/LiveSocket.tsx',
];

/** Attributes a person reads or hears; every other attribute (className, id, role…) holds no words for people. */
const READ_ATTRIBUTES = new Set(['aria-label', 'label', 'title', 'placeholder', 'alt', 'heading', 'intro']);
/** Functions whose string arguments are keys or identifiers, not words. */
const KEY_CALLS = new Set(['t', 'useTranslation', 'Error', 'getElementById', 'get', 'set', 'on', 'off', 'getXmlFragment', 'getMap', 'matchMedia']);
/** Words: two words of letters ("Show more"), the way an English sentence slips in. */
const WORDS = /\p{L}{2,}[\s,]+\p{L}{2,}/u;

/** Whether a node sits where its text is code, not words: an import, a key call's argument, or a non-reading JSX attribute. */
function isCode(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isImportDeclaration(at) || ts.isExportDeclaration(at)) return true;
    if (ts.isJsxAttribute(at)) return !READ_ATTRIBUTES.has(at.name.getText());
    // Compared with a value ("io server disconnect"): a code the code checks for, not words shown.
    if (ts.isBinaryExpression(at) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(at.operatorToken.kind)) return true;
    if ((ts.isCallExpression(at) || ts.isNewExpression(at)) && KEY_CALLS.has(calleeName(at.expression))) return true;
    if (ts.isJsxElement(at) || ts.isJsxSelfClosingElement(at) || ts.isBlock(at)) return false;
  }
  return false;
}

const calleeName = (callee: ts.Expression): string => (ts.isPropertyAccessExpression(callee) ? callee.name.text : callee.getText());

/** English (or any) words written in a component instead of taken from a catalog, with their line. */
function literalWords(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => found.push(`${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${text.trim()}`);
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) report(node, node.text);
    else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) && WORDS.test(node.text) && !isCode(node)) report(node, node.text);
    else if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer) && /\p{L}/u.test(node.initializer.text)) {
      report(node, node.getText());
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the family pages take every word from the catalogs', () => {
  it.each(FAMILY_PAGE_FILES)('%s has no words written in the code', (file) => {
    const path = resolve(import.meta.dirname, '..', file);
    expect(literalWords(path, readFileSync(path, 'utf8'))).toEqual([]);
  });

  it('catches words in text, in read attributes and in expressions, and lets keys, classes and catalog calls pass', () => {
    const sample = [
      "import { x } from './some module';",
      "const WHY = { waiting: 'Not sent yet.' };",
      "export const A = () => <p className=\"button secondary small\" title=\"Plan summary\">Show more {x ? 'No discussion yet.' : t('panel.noDiscussion')}</p>;",
      "export const B = () => <input aria-label={`Attach a file to ${label}`} id=\"goal-suggestion\" placeholder={t('item.title')} />;",
    ].join('\n');
    expect(literalWords('sample.tsx', sample)).toEqual([
      "2: Not sent yet.", '3: title="Plan summary"', '3: Show more', '3: No discussion yet.', '4: Attach a file to',
    ]);
  });
});
