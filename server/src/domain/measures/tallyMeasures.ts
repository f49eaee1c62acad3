import { MEASURE_IDS, MEASURE_TITLES, type MeasureCount, type MeasureId, type MeasureResult, type MeasureSummary, type RiskLevel } from '@carehuddle/shared';
import { monthsFrom } from './calendarMonths';
import { forEachMeasureEvent, type MeasureEvent } from './measureEvents';
import type { MeasureWindow, MemberFacts } from './memberFacts';

/** Counts of one cell while tallying. */
interface Cell { met: number; notMet: number; pending: number }
const newCell = (): Cell => ({ met: 0, notMet: 0, pending: 0 });

function add(cell: Cell, result: MeasureResult): void {
  if (result === 'met') cell.met += 1;
  else if (result === 'not_met') cell.notMet += 1;
  else cell.pending += 1;
}

/** A cell as reported: numerator, denominator (met and not met), pending, rate. */
export function countOf(cell: Cell): MeasureCount {
  const denominator = cell.met + cell.notMet;
  return { numerator: cell.met, denominator, pending: cell.pending, rate: denominator === 0 ? null : cell.met / denominator };
}

function cellIn<K>(cells: Map<K, Cell>, key: K): Cell {
  let cell = cells.get(key);
  if (!cell) cells.set(key, (cell = newCell()));
  return cell;
}

interface MeasureCells { total: Cell; months: Map<string, Cell>; coordinators: Map<string | null, Cell>; risks: Map<RiskLevel | null, Cell> }

const RISK_ORDER: Array<RiskLevel | null> = ['High', 'Moderate', 'Low', null];

/**
 * Every measure over the window: totals, by month, by lead coordinator and by
 * risk level. `coordinatorName` names the coordinators (the member lists are
 * read separately, with `membersBehind`).
 */
export function tallyMeasures(members: Iterable<MemberFacts>, window: MeasureWindow, coordinatorName: (id: string | null) => string): MeasureSummary[] {
  const months = monthsFrom(window.from, window.to);
  const cells = new Map<MeasureId, MeasureCells>(MEASURE_IDS.map((id) => [id, {
    total: newCell(), months: new Map(months.map((m) => [m, newCell()])), coordinators: new Map(), risks: new Map(),
  }]));
  for (const member of members) {
    forEachMeasureEvent(member, window, (event) => {
      const c = cells.get(event.measure)!;
      add(c.total, event.result);
      add(c.months.get(event.month)!, event.result);
      add(cellIn(c.coordinators, member.coordinatorId), event.result);
      add(cellIn(c.risks, member.riskLevel), event.result);
    });
  }
  return MEASURE_IDS.map((measure) => {
    const c = cells.get(measure)!;
    return {
      measure, title: MEASURE_TITLES[measure], total: countOf(c.total),
      months: months.map((month) => ({ month, ...countOf(c.months.get(month)!) })),
      byCoordinator: [...c.coordinators].map(([coordinatorId, cell]) => ({ coordinatorId, coordinatorName: coordinatorName(coordinatorId), ...countOf(cell) }))
        .sort((a, b) => a.coordinatorName.localeCompare(b.coordinatorName)),
      byRiskLevel: RISK_ORDER.filter((r) => c.risks.has(r)).map((riskLevel) => ({ riskLevel, ...countOf(c.risks.get(riskLevel)!) })),
    };
  });
}

/** Which events of one measure to list: a month, a coordinator, a risk level (`none`: not screened) and a result (`counted`: the denominator). */
export interface MemberFilter {
  month?: string;
  coordinatorId?: string;
  riskLevel?: RiskLevel | 'none';
  result?: MeasureResult | 'counted';
}

/** The members behind a number: each event of the measure that matches the filter, with its member. */
export function membersBehind(members: Iterable<MemberFacts>, window: MeasureWindow, measure: MeasureId, filter: MemberFilter): Array<MeasureEvent & { member: MemberFacts }> {
  const found: Array<MeasureEvent & { member: MemberFacts }> = [];
  for (const member of members) {
    if (filter.coordinatorId !== undefined && member.coordinatorId !== filter.coordinatorId) continue;
    if (filter.riskLevel !== undefined && (member.riskLevel ?? 'none') !== filter.riskLevel) continue;
    forEachMeasureEvent(member, window, (event) => {
      if (event.measure !== measure) return;
      if (filter.month !== undefined && event.month !== filter.month) return;
      if (filter.result === 'counted' ? event.result === 'pending' : filter.result !== undefined && event.result !== filter.result) return;
      found.push({ ...event, member });
    });
  }
  return found;
}
