import { enabledQuestions, instrumentOf, SCREENING_ANSWERS_MAP, SCREENING_INSTRUMENTS, ScreeningAnswerValueSchema, type Screening, type ScreeningAnswers, type ScreeningAnswerValue } from '@carehuddle/shared';
import { useEffect, useRef, useState } from 'react';
import { ApiRequestError } from '../api/http';
import { screeningEndpoints } from '../api/screeningEndpoints';
import { FormError } from '../components/FieldMessage';
import { PresenceBar } from '../plan/PresenceBar';
import { SaveStatus } from '../plan/SaveStatus';
import { useCollabDocument } from '../plan/usePlanDocument';
import { usePresence } from '../plan/usePresence';
import { useYChanges } from '../plan/useYMap';
import { QuestionField, type AnsweredBy } from './QuestionField';

/** The answers the live document holds (values that are not answers are ignored). */
function answersIn(map: Map<string, unknown> | undefined): ScreeningAnswers {
  const out: Record<string, ScreeningAnswerValue> = {};
  for (const [linkId, value] of map?.entries() ?? []) {
    const parsed = ScreeningAnswerValueSchema.safeParse(value);
    if (parsed.success) out[linkId] = parsed.data;
  }
  return out;
}

/** A screening in progress: everyone with it open answers together, sees who is here and who answered what, and may complete it. */
export function LiveScreening({ screening, canComplete, onCompleted }: { screening: Screening; canComplete: boolean; onCompleted: () => void }) {
  const live = useCollabDocument(screening.documentName);
  const map = live?.doc.getMap<unknown>(SCREENING_ANSWERS_MAP);
  const status = live?.doc.getMap<unknown>('status');
  useYChanges(map);
  useYChanges(status);
  const people = usePresence(live?.provider, 'screening');
  const [answeredBy, setAnsweredBy] = useState<Map<string, AnsweredBy>>(new Map());
  const [error, setError] = useState<ApiRequestError | null>(null);
  const [busy, setBusy] = useState(false);
  const answers = answersIn(map as Map<string, unknown> | undefined);
  const questions = enabledQuestions(answers);
  const completed = status?.get('completed') !== undefined;

  // Who answered what is the server's record: refreshed after each stored batch.
  useEffect(() => {
    let stale = false;
    screeningEndpoints.one(screening.patientId, screening.id).then((s) => {
      if (!stale) setAnsweredBy(new Map(s.answers.map((a) => [a.linkId, { name: a.by.name, at: a.at }])));
    }, () => undefined);
    return () => { stale = true; };
  }, [screening.patientId, screening.id, live?.savedRound]);

  // Once the server marks it completed, every open page turns to the result (once).
  const told = useRef(false);
  useEffect(() => {
    if (completed && !told.current) {
      told.current = true;
      onCompleted();
    }
  }, [completed, onCompleted]);

  if (!live) return <p role="status">Connecting…</p>;
  if (live.closedReason && !completed) return <p className="alert" role="alert">{live.closedReason}</p>;
  const writable = live.access === 'write' && !completed;
  const answer = (linkId: string, value: ScreeningAnswerValue | undefined) => {
    if (value === undefined) map?.delete(linkId);
    else map?.set(linkId, value);
  };
  const complete = async () => {
    setBusy(true);
    try {
      await screeningEndpoints.complete(screening.patientId, screening.id);
      setError(null);
      if (!told.current) {
        told.current = true;
        onCompleted();
      }
    } catch (e) {
      setError(e instanceof ApiRequestError ? e : new ApiRequestError(0, 'internal', 'The screening could not be completed. Please try again.'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <div className="plan-toolbar">
        <PresenceBar people={people} label="People in this screening now" />
        <SaveStatus plan={live} />
      </div>
      {SCREENING_INSTRUMENTS.map((instrument) => {
        const shown = questions.filter((q) => instrumentOf(q.linkId) === instrument);
        return (
          <section key={instrument.id} className="card screening-instrument" aria-labelledby={`instrument-${instrument.id}`}>
            <h2 id={`instrument-${instrument.id}`}>{instrument.title}</h2>
            {shown.map((item) => (
              <QuestionField
                key={item.linkId} item={item} value={answers[item.linkId]} answeredBy={answeredBy.get(item.linkId)}
                error={error?.fieldMessage(item.linkId)} disabled={!writable} onAnswer={(v) => answer(item.linkId, v)}
              />
            ))}
          </section>
        );
      })}
      {canComplete && writable && (
        <div className="card">
          <FormError error={error} />
          <button type="button" disabled={busy} onClick={() => void complete()}>Complete screening</button>
        </div>
      )}
    </>
  );
}
