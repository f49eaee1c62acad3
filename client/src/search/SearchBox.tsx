import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** The search box in the top bar: it opens the results page, which checks the words and explains what is wrong beside its own field. */
export function SearchBox() {
  const { t } = useTranslation('staff', { keyPrefix: 'nav' });
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void navigate(`/search?q=${encodeURIComponent(q)}`);
  };
  return (
    <form role="search" aria-label={t('search')} className="navbar-search" onSubmit={submit}>
      <label className="visually-hidden" htmlFor="navbar-search-input">{t('searchLabel')}</label>
      <input id="navbar-search-input" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('search')} maxLength={200} size={12} />
      <button type="submit" className="button secondary small">{t('search')}</button>
    </form>
  );
}
