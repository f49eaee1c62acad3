import { describe, expect, it } from 'vitest';
import { paragraphsOf, partText } from './planCopyText';

describe('a plan part as a provider reads it', () => {
  it('keeps the words of rich-text notes, one paragraph each, without markup', () => {
    expect(paragraphsOf('<paragraph>Walks <bold>daily</bold></paragraph><paragraph></paragraph><paragraph>Uses a cane</paragraph>')).toEqual(['Walks daily', 'Uses a cane']);
    expect(paragraphsOf(undefined)).toEqual([]);
  });

  it('lists sections in the plan\'s order, items by creation, fields by label, owners by name, and says when a section is empty', () => {
    const part = partText('clinical', {
      interventions: {
        b: { title: 'Book cardiology follow-up', owner: 'u-1', status: 'in_progress', createdAt: '2026-01-02T00:00:00.000Z' },
        a: { title: 'Weigh daily', dueDate: '2026-02-01', createdAt: '2026-01-01T00:00:00.000Z', notes: '<paragraph>Call if up 2 kg</paragraph>' },
      },
    }, (id) => (id === 'u-1' ? 'Maya Chen' : 'someone'));
    expect(part.title).toBe('Clinical plan');
    expect(part.sections.map((s) => s.title)[0]).toBe('Needs and problems');
    const interventions = part.sections.find((s) => s.title === 'Interventions and tasks')!;
    expect(interventions.items).toEqual([
      { title: 'Weigh daily', details: ['Due: 2026-02-01'], notes: ['Call if up 2 kg'] },
      { title: 'Book cardiology follow-up', details: ['Owner: Maya Chen', 'Status: In progress'], notes: [] },
    ]);
    expect(part.sections.find((s) => s.title === 'Medications')!.items).toEqual([]);
  });
});
