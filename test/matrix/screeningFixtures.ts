import { screeningDocumentName } from '@carehuddle/shared';
import { LOW_RISK_ANSWERS } from '../support/screeningAnswers';
import type { World } from './actors';

/** Rosa's screening in progress (started by her coordinator, or the one already open). */
export async function inProgressScreening(w: World): Promise<{ id: string }> {
  return (await (await w.clients.coordinator.post(`/api/patients/${w.rosaId}/screenings`, {})).json()) as { id: string };
}

const completed = new WeakMap<World, Promise<{ id: string }>>();

/** One completed screening of Rosa's per world, flagging 2 admissions and food insecurity (two proposed needs). */
export function completedScreening(w: World): Promise<{ id: string }> {
  let made = completed.get(w);
  if (!made) {
    made = (async () => {
      const { id } = await inProgressScreening(w);
      await w.server.services.screeningDocuments.write(screeningDocumentName(w.rosaId, id), { ...LOW_RISK_ANSWERS, 'hra-admissions': 2, 'hrsn-3': 'often' }, w.ids.coordinator!);
      const res = await w.clients.coordinator.post(`/api/patients/${w.rosaId}/screenings/${id}/complete`);
      if (res.status !== 204) throw new Error(`completing the fixture screening failed: ${res.status}`);
      return { id };
    })();
    completed.set(w, made);
  }
  return made;
}
