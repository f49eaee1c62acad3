import { Link } from 'react-router';
import { useToday } from './useToday';

/** "Today" in the navigation, with the number of new mentions, kept current live. */
export function TodayLink() {
  const { today } = useToday();
  const mentions = today?.counts.mentions ?? 0;
  return (
    <Link to="/">
      Today{mentions > 0 && <span className="badge nav-badge" aria-label={`${mentions} new ${mentions === 1 ? 'mention' : 'mentions'}`}>{mentions}</span>}
    </Link>
  );
}
