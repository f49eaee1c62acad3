import { describe, expect, it } from 'vitest';
import { highlightedText, refOf } from './presentSearch';

describe('search results as pieces of text', () => {
  it('splits marked text into pieces, matches flagged, markup kept as plain text', () => {
    expect(highlightedText('\u0002Rosa\u0003 <b>Delgado</b> \u0002rosa\u0003')).toEqual([
      { text: 'Rosa', match: true }, { text: ' <b>Delgado</b> ', match: false }, { text: 'rosa', match: true },
    ]);
    expect(highlightedText('')).toEqual([]);
    expect(highlightedText('no match')).toEqual([{ text: 'no match', match: false }]);
  });

  it('leaves out hits whose stored ref it cannot read, rather than guessing where they lead', () => {
    expect(refOf({ ref: 'not json' })).toBeNull();
    expect(refOf({ ref: '{"kind":"plan","audience":"elsewhere","section":"needs","itemId":null,"category":"x"}' })).toBeNull();
    expect(refOf({ ref: '{"kind":"note","threadId":"t-1","noteId":"n-1","category":"notes/team"}' })).toEqual({ kind: 'note', threadId: 't-1', noteId: 'n-1', category: 'notes/team' });
  });
});
