import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildPlanTree, INTERVENTION_GOAL_KEY, NEED_GOALS_KEY, type PlanTree } from '@carehuddle/shared';

/** One person's copy of a plan: the shared document (goals) and the clinical one (needs, interventions). */
interface Replica { shared: Y.Doc; clinical: Y.Doc }
const replica = (): Replica => ({ shared: new Y.Doc(), clinical: new Y.Doc() });
const tree = (r: Replica): PlanTree => buildPlanTree(r.clinical.getMap('needs').toJSON(), r.shared.getMap('goals').toJSON(), r.clinical.getMap('interventions').toJSON());

function sync(a: Replica, b: Replica): void {
  for (const key of ['shared', 'clinical'] as const) {
    Y.applyUpdate(b[key], Y.encodeStateAsUpdate(a[key], Y.encodeStateVector(b[key])));
    Y.applyUpdate(a[key], Y.encodeStateAsUpdate(b[key], Y.encodeStateVector(a[key])));
  }
}

const item = (title: string, at: number, fields: Record<string, unknown> = {}) => {
  const m = new Y.Map<unknown>();
  m.set('title', title);
  m.set('createdAt', new Date(at).toISOString());
  for (const [k, v] of Object.entries(fields)) m.set(k, v);
  return m;
};

/** An edit someone makes, naming items by index into what their copy holds. */
type Op =
  | { kind: 'addNeed' | 'addGoal' | 'addIntervention' }
  | { kind: 'deleteNeed' | 'deleteGoal' | 'deleteIntervention'; pick: number }
  | { kind: 'link' | 'unlink'; need: number; goal: number }
  | { kind: 'serve'; intervention: number; goal: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.constantFrom<Op>({ kind: 'addNeed' }, { kind: 'addGoal' }, { kind: 'addIntervention' }),
  fc.record({ kind: fc.constantFrom('deleteNeed' as const, 'deleteGoal' as const, 'deleteIntervention' as const), pick: fc.nat(9) }),
  fc.record({ kind: fc.constantFrom('link' as const, 'unlink' as const), need: fc.nat(9), goal: fc.nat(9) }),
  fc.record({ kind: fc.constant('serve' as const), intervention: fc.nat(9), goal: fc.nat(9) }),
);

let counter = 0;
/** Applies an edit; returns the id of a deleted goal, if the edit deleted one. */
function apply(r: Replica, who: string, op: Op): string | null {
  const needs = r.clinical.getMap<Y.Map<unknown>>('needs');
  const goals = r.shared.getMap<Y.Map<unknown>>('goals');
  const interventions = r.clinical.getMap<Y.Map<unknown>>('interventions');
  const nth = <T,>(m: Y.Map<T>, i: number) => [...m.keys()].sort()[i % Math.max(1, m.size)];
  const id = () => `${who}-${(counter += 1)}`;
  switch (op.kind) {
    case 'addNeed': needs.set(id(), item('need', counter, { [NEED_GOALS_KEY]: new Y.Map<boolean>() })); return null;
    case 'addGoal': goals.set(id(), item('goal', counter)); return null;
    case 'addIntervention': interventions.set(id(), item('intervention', counter)); return null;
    case 'deleteNeed': { const k = nth(needs, op.pick); if (k) needs.delete(k); return null; }
    case 'deleteGoal': { const k = nth(goals, op.pick); if (k) goals.delete(k); return k ?? null; }
    case 'deleteIntervention': { const k = nth(interventions, op.pick); if (k) interventions.delete(k); return null; }
    case 'link': case 'unlink': {
      const n = nth(needs, op.need);
      const g = nth(goals, op.goal);
      const links = n ? needs.get(n)?.get(NEED_GOALS_KEY) : undefined;
      if (!(links instanceof Y.Map) || !g) return null;
      if (op.kind === 'link') links.set(g, true);
      else links.delete(g);
      return null;
    }
    case 'serve': {
      const i = nth(interventions, op.intervention);
      const g = nth(goals, op.goal);
      if (i && g) interventions.get(i)?.set(INTERVENTION_GOAL_KEY, g);
      return null;
    }
  }
}

describe('need → goal → intervention links under concurrent edits', () => {
  it('two people editing at once converge, and every goal and intervention that exists shows exactly once (linked or unlinked)', () => {
    fc.assert(fc.property(fc.array(opArb, { maxLength: 25 }), fc.array(opArb, { maxLength: 25 }), fc.array(opArb, { maxLength: 25 }), (common, mine, theirs) => {
      const a = replica();
      const b = replica();
      for (const op of common) apply(a, 'a', op);
      sync(a, b);
      const deletedGoals = new Set<string>();
      for (const op of mine) { const d = apply(a, 'a', op); if (d) deletedGoals.add(d); }
      for (const op of theirs) { const d = apply(b, 'b', op); if (d) deletedGoals.add(d); }
      const goalsBefore = new Set([...a.shared.getMap('goals').keys(), ...b.shared.getMap('goals').keys()]);
      sync(a, b);
      const t = tree(a);
      expect(tree(b)).toEqual(t);

      // Nothing is lost: goals nobody deleted are still there, whatever happened to their needs.
      const goals = a.shared.getMap('goals');
      for (const g of goalsBefore) if (!deletedGoals.has(g)) expect(goals.has(g)).toBe(true);
      // Each existing goal is under a need or unlinked, never both, never neither.
      const linked = new Set(t.needs.flatMap((n) => n.goals.map((g) => g.id)));
      const unlinked = t.unlinkedGoals.map((g) => g.id);
      expect(new Set([...linked, ...unlinked])).toEqual(new Set(goals.keys()));
      expect(unlinked.filter((g) => linked.has(g))).toEqual([]);
      // Each existing intervention shows once: under its goal, or unlinked when its goal is gone.
      const shown = [...[...t.unlinkedGoals, ...t.needs.flatMap((n) => n.goals)].reduce((m, g) => m.set(g.id, g), new Map<string, PlanTree['unlinkedGoals'][number]>()).values()]
        .flatMap((g) => g.interventions.map((i) => i.id)).concat(t.unlinkedInterventions.map((i) => i.id));
      expect(shown.sort()).toEqual([...a.clinical.getMap('interventions').keys()].sort());
    }), { numRuns: 300 });
  });

  it('a deleted need leaves its goals unlinked; a deleted goal leaves its interventions unlinked', () => {
    const r = replica();
    const needs = r.clinical.getMap('needs');
    const goals = r.shared.getMap('goals');
    const links = new Y.Map<boolean>();
    needs.set('n', item('Heart failure', 1, { [NEED_GOALS_KEY]: links }));
    goals.set('g1', item('Weigh daily', 2));
    goals.set('g2', item('Take medicines', 3));
    links.set('g1', true);
    links.set('g2', true);
    r.clinical.getMap('interventions').set('i', item('Teach weights', 4, { [INTERVENTION_GOAL_KEY]: 'g1' }));
    expect(tree(r).needs[0]!.goals.map((g) => g.title)).toEqual(['Weigh daily', 'Take medicines']);
    needs.delete('n');
    expect(tree(r)).toMatchObject({ needs: [], unlinkedGoals: [{ title: 'Weigh daily', interventions: [{ title: 'Teach weights' }] }, { title: 'Take medicines' }] });
    goals.delete('g1');
    expect(tree(r)).toMatchObject({ unlinkedGoals: [{ title: 'Take medicines' }], unlinkedInterventions: [{ title: 'Teach weights' }] });
  });
});
