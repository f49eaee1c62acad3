import { GOAL_STATUSES, LEGACY_GOAL_STATUSES, type CareTeamMember, type PlanTreeGoal } from '@carehuddle/shared';
import type { ReactNode } from 'react';
import type * as Y from 'yjs';

const words = (value: string) => value.replaceAll('_', ' ');
const text = (item: unknown, key: string): string => {
  const value = (item as Y.Map<unknown> | undefined)?.get(key);
  return typeof value === 'string' ? value : '';
};

/** One goal of the tree: its status and target, and the interventions that serve it. */
export function PlanTreeGoal({ goal, goals, interventions, team, onUnlink, onUnserve, children }: {
  goal: PlanTreeGoal;
  goals: Y.Map<unknown>;
  interventions: Y.Map<unknown>;
  team: readonly CareTeamMember[];
  /** Removes the goal from its need (absent when the goal is not under a need, or the user cannot edit links). */
  onUnlink?: (() => void) | undefined;
  /** Removes an intervention from this goal (absent when the user cannot edit interventions). */
  onUnserve?: ((interventionId: string) => void) | undefined;
  /** Shown below the goal's target (e.g. a control that links it to a need). */
  children?: ReactNode;
}) {
  const item = goals.get(goal.id);
  const stored = text(item, 'status');
  const status = LEGACY_GOAL_STATUSES[stored] ?? (GOAL_STATUSES.includes(stored as never) ? stored : '');
  const target = text(item, 'targetValue');
  const targetDate = text(item, 'targetDate');
  const nameOf = (userId: string) => team.find((m) => m.userId === userId)?.name ?? 'Unassigned';
  return (
    <li className="tree-goal">
      <div className="tree-row">
        <span className="tree-kind">Goal</span>
        <strong>{goal.title || 'Untitled goal'}</strong>
        {status && <span className="tree-status">{words(status)}</span>}
        {onUnlink && <button type="button" className="button secondary small" onClick={onUnlink}>Unlink<span className="visually-hidden"> goal {goal.title}</span></button>}
      </div>
      {target || targetDate ? (
        <p className="muted tree-detail">{[target && `Target: ${target}`, targetDate && `by ${targetDate}`].filter(Boolean).join(' ')}</p>
      ) : (
        <p className="muted tree-detail">Not measurable yet: add a target or a target date.</p>
      )}
      {children}
      {goal.interventions.length > 0 && (
        <ul className="tree-list">
          {goal.interventions.map((i) => {
            const it = interventions.get(i.id);
            const due = text(it, 'dueDate');
            return (
              <li key={i.id} className="tree-intervention">
                <div className="tree-row">
                  <span className="tree-kind">Intervention</span>
                  <span>{i.title || 'Untitled intervention'}</span>
                  {onUnserve && <button type="button" className="button secondary small" onClick={() => onUnserve(i.id)}>Unlink<span className="visually-hidden"> intervention {i.title}</span></button>}
                </div>
                <p className="muted tree-detail">{[nameOf(text(it, 'owner')), due && `due ${due}`, words(text(it, 'status') || 'open')].filter(Boolean).join(' · ')}</p>
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}
