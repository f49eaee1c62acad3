import { describe, expect, it } from 'vitest';
import { nameKey } from './displayNames';

describe('nameKey: names as a reader sees them', () => {
  it('matches the disguises of one name', () => {
    const key = nameKey('Dr. Samuel Okoro');
    for (const disguise of ['samuel okoro', 'OKORO, Samuel', 'Sámuel Økoro', 'Samuel Okoro, MD', 'Ѕamuel Οkoro' /* Cyrillic Ѕ, Greek Ο */, 'Sam\u200Duel Okoro', 'Ｓａｍｕｅｌ　Ｏｋｏｒｏ']) {
      expect(nameKey(disguise), disguise).toBe(key);
    }
  });

  it('tells different names apart', () => {
    expect(nameKey('Maya Cheng')).not.toBe(nameKey('Maya Chen'));
    expect(nameKey('Maya Chen (daughter)')).not.toBe(nameKey('Maya Chen'));
    expect(nameKey('Maya')).not.toBe(nameKey('Maya Chen'));
  });

  it('reduces a name of only titles and punctuation to nothing', () => {
    expect(nameKey('Dr. —')).toBe('');
  });
});
