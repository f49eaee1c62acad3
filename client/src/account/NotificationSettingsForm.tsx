import type { NotificationPreferences } from '@carehuddle/shared';
import { useEffect, useState } from 'react';
import { notificationEndpoints } from '../api/notificationEndpoints';
import { useServerQuery } from '../api/useServerQuery';
import { ErrorMessage } from '../components/ErrorMessage';
import { FieldMessage, fieldErrorProps, FormError } from '../components/FieldMessage';
import { useFormSubmit } from '../components/useFormSubmit';

/** Time zones the browser knows, the person's own first. */
function timeZones(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([current, ...known])];
}

const CHOICES: ReadonlyArray<{ key: 'emailMentions' | 'emailFamilyMessages' | 'emailDigest'; label: string }> = [
  { key: 'emailMentions', label: 'When someone mentions me in a huddle note' },
  { key: 'emailFamilyMessages', label: 'When a family member writes about a patient I coordinate' },
  { key: 'emailDigest', label: 'Each day, a list of my tasks due today and overdue (only when there are some)' },
];

/** Which e-mails a person receives, and when their daily digest comes. E-mails say a sentence and give a link: no patient names. */
export function NotificationSettingsForm() {
  const { data, error: loadError } = useServerQuery(['notificationSettings'], () => notificationEndpoints.settings());
  const [form, setForm] = useState<NotificationPreferences | null>(null);
  const [saved, setSaved] = useState(false);
  const { busy, error, submit } = useFormSubmit('Could not save your notification settings. Please try again.');
  useEffect(() => { if (data) setForm(data.preferences); }, [data]);
  if (loadError) return <ErrorMessage error={loadError} />;
  if (!data || !form) return null;
  const change = (next: Partial<NotificationPreferences>) => {
    setSaved(false);
    setForm({ ...form, ...next });
  };
  return (
    <section className="card" aria-labelledby="notification-settings">
      <form className="inline-form" onSubmit={(e) => void submit(e, async () => {
        setForm((await notificationEndpoints.saveSettings(form)).preferences);
        setSaved(true);
      })}>
        <h2 id="notification-settings">Notifications by e-mail</h2>
        {!data.emailAvailable && <p className="notice">This server does not send e-mail; your notifications are in the app (the bell at the top).</p>}
        <p className="hint">E-mails say what happened in one sentence with a link; they never name a patient or quote a note.</p>
        <fieldset>
          <legend>E-mail me</legend>
          {CHOICES.map((c) => (
            <div className="field checkbox" key={c.key}>
              <input id={`notify-${c.key}`} type="checkbox" checked={form[c.key]} onChange={(e) => change({ [c.key]: e.target.checked })} />
              <label htmlFor={`notify-${c.key}`}>{c.label}</label>
            </div>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="notify-digestTime">Time of the daily list</label>
          <input id="notify-digestTime" type="time" required value={form.digestTime} onChange={(e) => change({ digestTime: e.target.value })}
            {...fieldErrorProps(error, 'digestTime', 'notify-digestTime')} />
          <FieldMessage error={error} field="digestTime" inputId="notify-digestTime" />
        </div>
        <div className="field">
          <label htmlFor="notify-timeZone">Your time zone</label>
          <select id="notify-timeZone" value={form.timeZone} onChange={(e) => change({ timeZone: e.target.value })} {...fieldErrorProps(error, 'timeZone', 'notify-timeZone')}>
            {timeZones(form.timeZone).map((zone) => <option key={zone} value={zone}>{zone.replace(/_/g, ' ')}</option>)}
          </select>
          <FieldMessage error={error} field="timeZone" inputId="notify-timeZone" />
        </div>
        <button type="submit" className="button" disabled={busy}>Save notification settings</button>
      </form>
      {saved && <p className="notice" role="status">Saved.</p>}
      <FormError error={error} />
    </section>
  );
}
