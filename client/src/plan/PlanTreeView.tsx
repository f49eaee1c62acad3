import { APPLIED_TEMPLATES_MAP, buildPlanTree, type CareTeamMember } from '@carehuddle/shared';
import type * as Y from 'yjs';
import { ApplyTemplatePanel } from './ApplyTemplatePanel';
import { LinkSelect } from './LinkSelect';
import { linkGoal, serveGoal, unlinkGoal } from './planTreeLinks';
import { PlanTreeGoal } from './PlanTreeGoal';
import { sectionEditable } from './sectionEditable';
import { usePlanDocument } from './usePlanDocument';
import { useYChanges } from './useYMap';

/** Which template versions the plan was built from (the clinical document remembers each application). */
function BuiltFrom({ applied }: { applied: Y.Map<unknown> | undefined }) {
  const records = Object.values(applied?.toJSON() ?? {}) as Array<{ title?: string; version?: number; appliedAt?: string }>;
  if (records.length === 0) return null;
  const sorted = records.sort((a, b) => (a.appliedAt ?? '').localeCompare(b.appliedAt ?? ''));
  return <p className="muted">Built from {sorted.map((r) => `${r.title ?? 'a template'} (version ${r.version ?? '?'}, ${(r.appliedAt ?? '').slice(0, 10)})`).join('; ')}.</p>;
}

/**
 * The plan as a tree: each need, the goals that address it and the interventions
 * that serve them. Goals come from the shared document, needs, interventions and
 * the links from the clinical one; whatever is not (or no longer) linked is
 * listed below, never hidden.
 */
export function PlanTreeView({ patientId, team, canApply }: { patientId: string; team: readonly CareTeamMember[]; canApply: boolean }) {
  const shared = usePlanDocument(patientId, 'shared');
  const clinical = usePlanDocument(patientId, 'clinical');
  const needs = clinical?.doc.getMap<unknown>('needs');
  const goals = shared?.doc.getMap<unknown>('goals');
  const interventions = clinical?.doc.getMap<unknown>('interventions');
  useYChanges(needs);
  useYChanges(goals);
  useYChanges(interventions);
  const applied = clinical?.doc.getMap<unknown>(APPLIED_TEMPLATES_MAP);
  useYChanges(applied);
  const closed = shared?.closedReason ?? clinical?.closedReason;
  if (closed) return <p className="alert" role="alert">{closed}</p>;
  if (!needs || !goals || !interventions || !clinical?.identity) return <p role="status">Connecting…</p>;
  const writable = (section: string) => sectionEditable(clinical.access === 'write', clinical.identity?.role ?? '', 'clinical', section);
  const editNeeds = writable('needs');
  const editInterventions = writable('interventions');
  const tree = buildPlanTree(needs.toJSON(), goals.toJSON(), interventions.toJSON());
  const allGoals = [...tree.needs.flatMap((n) => n.goals), ...tree.unlinkedGoals].filter((g, i, list) => list.findIndex((x) => x.id === g.id) === i);
  const goalProps = {
    goals, interventions, team,
    onUnserve: editInterventions ? (interventionId: string) => serveGoal(interventions, interventionId, '') : undefined,
  };
  return (
    <div className="plan-tree">
      {canApply && <ApplyTemplatePanel patientId={patientId} />}
      <section className="card" aria-labelledby="tree-title">
        <h2 id="tree-title">Needs, goals and interventions</h2>
        <BuiltFrom applied={applied} />
        {tree.needs.length === 0 && <p className="empty">No needs recorded yet. Add them in the clinical plan, or apply a template.</p>}
        <ul className="tree-list">
          {tree.needs.map((need) => (
            <li key={need.id} className="tree-need">
              <h3><span className="tree-kind">Need</span> {need.title || 'Untitled need'}</h3>
              <ul className="tree-list">
                {need.goals.map((g) => (
                  <PlanTreeGoal key={g.id} goal={g} {...goalProps} onUnlink={editNeeds ? () => unlinkGoal(needs, need.id, g.id) : undefined} />
                ))}
              </ul>
              {editNeeds && (
                <LinkSelect id={`link-goal-${need.id}`} label={`Link a goal to “${need.title || 'this need'}”`}
                  options={allGoals.filter((g) => !need.goals.some((x) => x.id === g.id))} onChoose={(goalId) => linkGoal(needs, need.id, goalId)} />
              )}
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="unlinked-goals-title">
        <h2 id="unlinked-goals-title">Goals not linked to a need</h2>
        {tree.unlinkedGoals.length === 0 ? <p className="empty">Every goal addresses a need.</p> : (
          <ul className="tree-list">
            {tree.unlinkedGoals.map((g) => (
              <PlanTreeGoal key={g.id} goal={g} {...goalProps}>
                {editNeeds && <LinkSelect id={`goal-need-${g.id}`} label={`Need that “${g.title || 'this goal'}” addresses`} options={tree.needs} onChoose={(needId) => linkGoal(needs, needId, g.id)} />}
              </PlanTreeGoal>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="unlinked-interventions-title">
        <h2 id="unlinked-interventions-title">Interventions not linked to a goal</h2>
        {tree.unlinkedInterventions.length === 0 ? <p className="empty">Every intervention serves a goal.</p> : (
          <ul className="tree-list">
            {tree.unlinkedInterventions.map((i) => (
              <li key={i.id} className="tree-intervention">
                <div className="tree-row"><span className="tree-kind">Intervention</span> <span>{i.title || 'Untitled intervention'}</span></div>
                {editInterventions && <LinkSelect id={`serve-${i.id}`} label={`Goal that “${i.title || 'this intervention'}” serves`} options={allGoals} onChoose={(goalId) => serveGoal(interventions, i.id, goalId)} />}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
