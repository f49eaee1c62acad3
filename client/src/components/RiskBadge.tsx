import type { RiskLevel, ScreeningStatus } from '@carehuddle/shared';
import { useDates } from '../format/useDates';

/** Risk level as a badge whose text carries the meaning (color only repeats it). */
export function RiskBadge({ level }: { level: RiskLevel | null }) {
  const label = level ?? 'Not screened';
  return <span className={`badge risk-${(level ?? 'none').toLowerCase()}`}>{level ? `${label} risk` : label}</span>;
}

const SCREENING_LABELS: Record<ScreeningStatus, string> = {
  done: 'Screened',
  pending: 'Screening due',
  due_soon: 'Screening due soon',
  overdue: 'Screening overdue',
};

/** The health screening status with its due date. */
export function ScreeningBadge({ status, dueDate }: { status: ScreeningStatus; dueDate: string }) {
  const dates = useDates();
  return (
    <span className={`badge screening-${status}`}>
      {SCREENING_LABELS[status]}{status === 'done' ? '' : ` · ${dates.day(dueDate)}`}
    </span>
  );
}
