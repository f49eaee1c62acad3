import { useEffect, useRef } from 'react';
import { Link } from 'react-router';

/** Shown instead of a patient's plan once the patient's care team has withdrawn the user's access. */
export function AccessChangedPage({ firstName }: { firstName: string | null }) {
  const whose = firstName ? `${firstName}'s` : "The patient's";
  const heading = useRef<HTMLHeadingElement>(null);
  // The plan vanished under the reader's eyes: move focus to the explanation so screen readers announce it.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card review-message" aria-labelledby="access-changed-title">
      <h1 id="access-changed-title" tabIndex={-1} ref={heading}>{whose} care team has changed what is shared with you</h1>
      <p role="status">You can no longer see this plan or its messages. If you think this is a mistake, please contact the care coordinator.</p>
      <p><Link className="button" to="/">Go to my home page</Link></p>
    </section>
  );
}
