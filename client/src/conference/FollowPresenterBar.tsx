import { PLAN_AUDIENCES, PLAN_SECTIONS, type Conference, type PlanAudience } from '@carehuddle/shared';
import { useEffect } from 'react';

/** Which plan document a section lives in. */
export function audienceOfSection(section: string): PlanAudience | null {
  return PLAN_AUDIENCES.find((a) => (PLAN_SECTIONS[a] as readonly string[]).includes(section)) ?? null;
}

/**
 * During a conference: shows who presents which section and, for attendees
 * who opt in, brings their plan to that section (switching tabs they may open).
 */
export function FollowPresenterBar({ conference, patientId, following, presenting, onFollow, onPresent, showAudience, tabs }: {
  conference: Conference;
  patientId: string;
  following: boolean;
  presenting: boolean;
  onFollow: (on: boolean) => void;
  onPresent: (on: boolean) => void;
  showAudience: (audience: PlanAudience) => void;
  tabs: readonly PlanAudience[];
}) {
  const presenter = conference.presenter;
  const target = presenter && presenter.patientId === patientId ? presenter.section : null;
  const tabsKey = tabs.join(',');
  useEffect(() => {
    if (!following || !target) return;
    const audience = audienceOfSection(target);
    if (audience && tabsKey.split(',').includes(audience)) showAudience(audience);
    // The section renders after the tab switch.
    const timer = window.setTimeout(() => document.getElementById(target)?.scrollIntoView({ behavior: 'smooth', block: 'start' }), 50);
    return () => window.clearTimeout(timer);
  }, [following, target, tabsKey, showAudience]);
  return (
    <div className="notice conference-follow" role="region" aria-label="Conference">
      <strong>{conference.title}</strong>
      <span>{presenter ? `${presenter.name} is presenting ${presenter.section ?? ''}` : 'Nobody is presenting.'}</span>
      <label className="checkbox"><input type="checkbox" checked={following} onChange={(e) => onFollow(e.target.checked)} /> Follow the presenter</label>
      <label className="checkbox"><input type="checkbox" checked={presenting} onChange={(e) => onPresent(e.target.checked)} /> Present what I'm viewing</label>
    </div>
  );
}
