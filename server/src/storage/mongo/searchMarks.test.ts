import { describe, expect, it } from 'vitest';
import { markedSnippet, markWords } from './searchMarks';

const m = (word: string) => `\u0002${word}\u0003`;

describe('marking matches for MongoDB (which finds documents but does not say where)', () => {
  it('marks whole tokens that begin with a searched word, whatever their case, and nothing inside other words', () => {
    expect(markWords('Walker at home; uses the walker daily', ['walker'])).toBe(`${m('Walker')} at home; uses the ${m('walker')} daily`);
    expect(markWords('Diabetes and prediabetes', ['diabetes'])).toBe(`${m('Diabetes')} and prediabetes`);
    expect(markWords('MBR-100234', ['mbr', '100234'])).toBe(`${m('MBR')}-${m('100234')}`);
    expect(markWords('Café visits', ['café'])).toBe(`${m('Café')} visits`);
    expect(markWords('no words', [])).toBe('no words');
  });

  it('cuts a long passage around the first match, at spaces, with ellipses where it was cut', () => {
    const text = `${'early words '.repeat(20)}the nebulizer was cleaned ${'later words '.repeat(30)}`;
    const snippet = markedSnippet(text, ['nebulizer']);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain(`the ${m('nebulizer')} was cleaned`);
    expect(snippet.length).toBeLessThan(230);
    expect(markedSnippet('Short note about the walker', ['walker'])).toBe(`Short note about the ${m('walker')}`);
    expect(markedSnippet(`${'x '.repeat(150)}`, ['absent'])).toMatch(/^x x .*…$/);
  });
});
