import type { ItemAttribution, PlanAudience } from '@carehuddle/shared';
import { useEffect, useState } from 'react';
import { endpoints } from '../api/endpoints';

/** Who last changed each item, refreshed whenever the server reports another stored batch. */
export function usePlanAttribution(patientId: string, audience: PlanAudience, savedRound: number): Map<string, ItemAttribution> {
  const [byItem, setByItem] = useState(new Map<string, ItemAttribution>());
  useEffect(() => {
    let live = true;
    const timer = window.setTimeout(() => {
      endpoints.attribution(patientId, audience).then(
        ({ items }) => { if (live) setByItem(new Map(items.map((i) => [i.itemKey, i]))); },
        () => undefined,
      );
    }, 300);
    return () => { live = false; window.clearTimeout(timer); };
  }, [patientId, audience, savedRound]);
  return byItem;
}
