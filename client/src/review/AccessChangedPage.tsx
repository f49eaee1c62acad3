import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Shown instead of a patient's plan once the patient's care team has withdrawn the user's access. */
export function AccessChangedPage({ firstName }: { firstName: string | null }) {
  const { t } = useTranslation('review');
  const heading = useRef<HTMLHeadingElement>(null);
  // The plan vanished under the reader's eyes: move focus to the explanation so screen readers announce it.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card review-message" aria-labelledby="access-changed-title">
      <h1 id="access-changed-title" tabIndex={-1} ref={heading}>
        {firstName ? t('accessChanged.title', { firstName }) : t('accessChanged.titleUnknown')}
      </h1>
      <p role="status">{t('accessChanged.body')}</p>
      <p><Link className="button" to="/">{t('accessChanged.home')}</Link></p>
    </section>
  );
}
