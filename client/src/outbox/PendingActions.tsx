import { useEffect } from 'react';
import { useActionOutbox, usePendingActionsOn, type OutboxAction } from './ActionOutbox';
import type { Queued } from './outboxQueue';
import { PendingRow } from './PendingRow';

/** Unsent actions, each with why it waits, retry and discard. */
function PendingActionRows({ pending }: { pending: readonly Queued<OutboxAction>[] }) {
  const outbox = useActionOutbox();
  return pending.map((a) => (
    <PendingRow key={a.key} what={a.label} thing={a.label} state={a.state} error={a.refusal ?? undefined}
      onRetry={() => outbox.retry(a.key)} onDiscard={() => outbox.discard(a.key)} />
  ));
}

/** The unsent actions on one task or tracked item, beside it, in one polite live region. */
export function PendingActions({ subjectId }: { subjectId: string }) {
  const { show } = useActionOutbox();
  const pending = usePendingActionsOn(subjectId);
  useEffect(() => show(subjectId), [show, subjectId]);
  return <div role="status" aria-live="polite" className="pending-actions"><PendingActionRows pending={pending} /></div>;
}

/**
 * Unsent actions whose task or item this page does not show (another page, or a
 * task that left the list once the server had it while the answer was lost):
 * listed at the top of every page, so nothing waits out of sight.
 */
export function UnsentActionsElsewhere() {
  const { pending, shown } = useActionOutbox();
  const elsewhere = pending.filter((a) => !shown.has(a.subjectId));
  return (
    <div role="status" aria-live="polite">
      {elsewhere.length > 0 && (
        // Not a heading: it comes before the page's own h1.
        <section className="card unsent-actions" aria-label="Not sent yet">
          <p><strong>Not sent yet</strong></p>
          <PendingActionRows pending={elsewhere} />
        </section>
      )}
    </div>
  );
}
