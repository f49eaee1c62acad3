import type { WorkItem } from '@carehuddle/shared';
import { describe, expect, it } from 'vitest';
import { patientIdByName, signedIn } from '../support/http';
import { startTestServer } from '../support/server';

async function rosaReview(reviewDaysHigh?: number): Promise<WorkItem> {
  const server = await startTestServer(reviewDaysHigh ? { coordination: { planDaysAfterScreening: 30, reviewDaysByRisk: { High: reviewDaysHigh, Moderate: 180, Low: 365 } } } : {});
  try {
    const coordinator = await signedIn(server.url, 'coordinator');
    const rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
    const { items } = (await (await coordinator.get(`/api/patients/${rosaId}/tracking`)).json()) as { items: WorkItem[] };
    return items.find((i) => i.kind === 'plan_review')!;
  } finally {
    await server.close();
  }
}

describe('organization settings for the plan clock', () => {
  it('reviews High-risk plans every 90 days by default, and as often as the organization sets', async () => {
    // Demo: Rosa (High risk) enrolled 120 days ago, plan reviewed 40 days after enrollment (80 days ago).
    expect((await rosaReview()).status).toBe('upcoming');
    const strict = await rosaReview(30);
    expect(strict.status).toBe('overdue');
    expect(strict.title).toBe('Plan review (High risk)');
  });
});
