import { CLOSE_CODES } from '@carehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectPlan, whenClosed, whenSynced } from '../support/collab';
import { patientIdByName, signedIn } from '../support/http';
import { ManualClock, startTestServer, type TestServer } from '../support/server';

describe('automatic sign-out closes live plan connections', () => {
  const clock = new ManualClock();
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ clock, tuning: { collab: { heartbeatMs: 50 } } });
  });
  afterAll(() => server.close());

  it('1. a nurse has the plan open; 2. heartbeats and presence keep flowing but she does nothing for 15 minutes; 3. the connection closes with 4401', async () => {
    const nurse = await signedIn(server.url, 'nurse');
    const rosaId = await patientIdByName(nurse, 'Rosa Delgado');
    const plan = connectPlan(server.url, nurse, rosaId, 'shared');
    await whenSynced(plan);
    plan.provider.awareness.setLocalStateField('section', 'goals');
    clock.advanceMinutes(16);
    plan.provider.awareness.setLocalStateField('section', 'preferences');
    expect((await whenClosed(plan)).code).toBe(CLOSE_CODES.unauthenticated);
    plan.destroy();
  });
});
