import type { MemberFamilySharing } from '@carehuddle/shared';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { endpoints } from '../api/endpoints';
import type { ApiRequestError } from '../api/http';
import { useServerQuery } from '../api/useServerQuery';
import { ErrorMessage } from '../components/ErrorMessage';
import { FieldMessage, fieldErrorProps } from '../components/FieldMessage';
import { useFormSubmit } from '../components/useFormSubmit';

/**
 * The member decides which family members on their team see their plan. Saving
 * records a consent version of their own (the server keeps the rest of their
 * consent and cuts off anyone turned off at once); this card only offers it.
 */
export function FamilySharingCard({ patientId }: { patientId: string }) {
  const { t, i18n } = useTranslation('member');
  // Under the patient's key, so that reloading the patient (whose team the page shows) reloads this too.
  const { reload } = useServerQuery(['patient', patientId], () => endpoints.patient(patientId));
  const key = ['patient', patientId, 'familySharing'];
  const { data, error: loadError } = useServerQuery(key, () => endpoints.familySharing(patientId));
  const queryClient = useQueryClient();
  const [changed, setChanged] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [saved, setSaved] = useState<MemberFamilySharing | null>(null);
  const { busy, error, submit } = useFormSubmit(t('family.failed'));
  const family = (data?.family ?? []).map((f) => ({ ...f, sharedPlan: changed.get(f.userId) ?? f.sharedPlan }));

  const toggle = (userId: string, on: boolean) => {
    setChanged((map) => new Map(map).set(userId, on));
    setSaved(null);
  };
  const save = (event: FormEvent) => submit(event, async () => {
    const answer = await endpoints.setFamilySharing(patientId, { family: family.map(({ userId, sharedPlan }) => ({ userId, sharedPlan })) });
    // The answer is what is in force now: shown at once, so the boxes never flick back while the page refetches.
    queryClient.setQueryData(key, answer);
    setChanged(new Map());
    setSaved(answer);
    reload();
  });
  const names = (list: MemberFamilySharing['family']) =>
    new Intl.ListFormat(i18n.resolvedLanguage ?? i18n.language, { type: 'conjunction' }).format(list.filter((f) => f.sharedPlan).map((f) => f.name));
  const seeing = saved?.family.filter((f) => f.sharedPlan) ?? [];

  return (
    <section className="card member-family" aria-labelledby="member-family-title">
      <h2 id="member-family-title">{t('family.heading')}</h2>
      <p id="member-family-intro">{t('family.intro')}</p>
      <ErrorMessage error={loadError} />
      {data && family.length === 0 && <p>{t('family.none')}</p>}
      {family.length > 0 && (
        <form className="stack-form" onSubmit={(e) => void save(e)}>
          <fieldset aria-describedby="member-family-intro">
            <legend className="visually-hidden">{t('family.heading')}</legend>
            {family.map((f, i) => {
              const inputId = `family-sharing-${f.userId}`;
              const field = fieldWithError(error, i);
              return (
                <div key={f.userId}>
                  <label className="checkbox" htmlFor={inputId}>
                    <input id={inputId} type="checkbox" checked={f.sharedPlan} onChange={(e) => toggle(f.userId, e.target.checked)}
                      {...fieldErrorProps(error, field, inputId)} />
                    {t('family.canSee', { name: f.name })}
                  </label>
                  <FieldMessage error={error} field={field} inputId={inputId} />
                </div>
              );
            })}
            <FieldMessage error={error} field="family" inputId="family-sharing" />
          </fieldset>
          {error && <p className="alert" role="alert">{formProblem(error, t)}</p>}
          <button type="submit" className="button" disabled={busy}>{busy ? t('family.saving') : t('family.save')}</button>
        </form>
      )}
      <p role="status" className={saved ? 'notice' : undefined}>
        {saved && (seeing.length === 0 ? t('family.savedNobody') : t('family.savedShared', { count: seeing.length, names: names(saved.family) }))}
      </p>
    </section>
  );
}

/** The field of row `i` the server found fault with (the person or their choice), to show beside that row. */
function fieldWithError(error: ApiRequestError | null, i: number): string {
  return error?.fieldMessage(`family.${i}.sharedPlan`) ? `family.${i}.sharedPlan` : `family.${i}.userId`;
}

/** The form-level alert, in the member's language: what went wrong and what to do. */
function formProblem(error: ApiRequestError, t: TFunction<'member'>): string {
  if (error.fields.length > 0) return t('family.checkFields');
  if (error.status === 409) return t('family.conflict');
  return t('family.failed');
}
