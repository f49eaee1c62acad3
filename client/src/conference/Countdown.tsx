import { useEffect, useState } from 'react';

/** Minutes and seconds left on the agenda item's timer. */
export function Countdown({ endsAt }: { endsAt: string }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(t);
  }, []);
  const left = Math.max(0, Math.round((Date.parse(endsAt) - now) / 1000));
  return <span className={`badge ${left === 0 ? 'risk-high' : ''}`} role="timer" aria-label="Time left for this item">{Math.floor(left / 60)}:{String(left % 60).padStart(2, '0')}</span>;
}
