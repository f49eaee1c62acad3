import { Link } from 'react-router';
import { useWorklist } from './useWorklist';

/** "Worklist" in the navigation, with the number of overdue items, kept current live. */
export function WorklistLink() {
  const list = useWorklist();
  const overdue = list?.overdue ?? 0;
  return (
    <Link to="/worklist">
      Worklist{overdue > 0 && <span className="badge nav-badge" aria-label={`${overdue} overdue`}>{overdue}</span>}
    </Link>
  );
}
