import { closeReasonOf, PLAN_SECTIONS, type CareTeamMember, type PlanAudience, type PlanSection } from '@carehuddle/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useRemoteChangeAnnouncements } from '../a11y/useRemoteChangeAnnouncements';
import { endpoints } from '../api/endpoints';
import { PlanSectionView } from './PlanSectionView';
import { PlanSummary } from './PlanSummary';
import { PresenceBar } from './PresenceBar';
import { SaveStatus } from './SaveStatus';
import { usePlanAttribution } from './usePlanAttribution';
import { usePlanDocument } from './usePlanDocument';
import { usePresence } from './usePresence';
import { sectionEditable } from './sectionEditable';

/** The close reasons that end a plan connection for good (see usePlanDocument), each with a sentence in the plan catalog. */
const EXPLAINED = ['unauthenticated', 'forbidden', 'notFound', 'accessRevoked', 'protocolMismatch'] as const;
const explained = (code: number | null) => EXPLAINED.find((reason) => reason === closeReasonOf(code ?? 0)) ?? 'other';

/** One live plan document: presence, save status, the summary (shared plan) and every section. */
export function PlanDocumentView({ patientId, audience, team, onSection, sectionTitles, plainWords = false }: {
  patientId: string;
  audience: PlanAudience;
  team: readonly CareTeamMember[];
  /** Headings to use instead of the clinical ones (the family's plan review speaks plainly). */
  sectionTitles?: Partial<Record<PlanSection, string>>;
  /** The family's and member's pages: no "Read-only" badge or role notice (they never edit a plan, so the words only puzzle), item fields in everyday words. */
  plainWords?: boolean;
  /** Told when the user moves to another section (conference presenters share it). */
  onSection?: (section: string | null) => void;
}) {
  const { t } = useTranslation('plan');
  const plan = usePlanDocument(patientId, audience);
  const [section, setSectionState] = useState<string | null>(null);
  const setSection = (next: string | null) => {
    if (next !== section) onSection?.(next);
    setSectionState(next);
  };
  const people = usePresence(plan?.provider, section);
  const attribution = usePlanAttribution(patientId, audience, plan?.savedRound ?? 0);
  useRemoteChangeAnnouncements(plan?.doc, plan?.provider, audience, sectionTitles);
  if (!plan) return <p role="status">{t('connecting')}</p>;
  if (plan.closedReason) return <p className="alert" role="alert">{t(`closed.${explained(plan.closedCode)}`)}</p>;
  if (!plan.identity) return <p role="status">{t('connecting')}</p>;
  const user = plan.identity;
  const editable = plan.access === 'write';
  return (
    <div className="plan-document">
      <div className="plan-toolbar">
        <PresenceBar people={people} />
        {!plainWords && <SaveStatus plan={plan} />}
        <button type="button" className="button secondary small" onClick={() => void endpoints.recordPrint(patientId, audience).then(() => window.print())}>{t('print')}</button>
      </div>
      {/* Family members have no "role" in the team's sense: they read a copy the team keeps current; the member reads their own plan. */}
      {plan.access === 'read' && !plainWords && <p className="notice">{sectionTitles ? t('familyReadNotice') : t('readNotice')}</p>}
      {editable && PLAN_SECTIONS[audience].some((s) => !sectionEditable(editable, user.role, audience, s)) && (
        <p className="notice">{t('someSectionsReadOnly')}</p>
      )}
      {audience === 'shared' && (
        <PlanSummary fragment={plan.doc.getXmlFragment('summary')} provider={plan.provider} user={user} editable={editable} onFocus={() => setSection('summary')} />
      )}
      {PLAN_SECTIONS[audience].map((s) => (
        <PlanSectionView key={s} audience={audience} section={s} title={sectionTitles?.[s]} doc={plan.doc} provider={plan.provider} user={user} team={team}
          editable={sectionEditable(editable, user.role, audience, s)} attribution={attribution} onFocus={setSection} plainWords={plainWords} />
      ))}
    </div>
  );
}

