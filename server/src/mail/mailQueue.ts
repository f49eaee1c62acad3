import { randomUUID } from 'node:crypto';
import type { Clock } from '../domain/clock';
import type { MailQueueSettings } from '../domain/notifications/notificationSettings';
import type { Logger } from '../logger';
import type { MailJobRecord, Store } from '../storage/port';
import { failureCode, type MailTransport } from './notificationTransport';

/** Jobs taken per look: a burst is worked through in rounds, never all at once. */
const BATCH = 10;
/** The longest wait between retries. */
const MAX_BACKOFF_MS = 6 * 3_600_000;

/**
 * Sends queued e-mail. A job is stored before any attempt, claimed with a
 * lease (so two workers or nodes never send it at the same time), marked sent
 * only by its holder, and retried with exponential backoff. The recipient's
 * address is read when sending, so the queue holds no addresses and a changed
 * address is honoured.
 */
export class MailQueue {
  private readonly owner = `mail-${randomUUID()}`;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly store: Store, private readonly clock: Clock, private readonly transport: MailTransport,
    private readonly settings: MailQueueSettings, private readonly logger: Logger,
  ) {}

  /** Looks at the queue now (coalesced: a look already running looks again when it ends). */
  kick(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.drain().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        void this.kick();
      }
    });
    return this.running;
  }

  /** Stops taking jobs and waits for the sends in flight (the pair to start-up). */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  private async drain(): Promise<void> {
    try {
      for (;;) {
        if (this.stopped) return;
        const now = this.clock.now();
        const jobs = await this.store.mailJobs.claimDue(now.toISOString(), this.owner, new Date(now.getTime() + this.settings.leaseMs).toISOString(), BATCH);
        for (const job of jobs) await this.send(job);
        if (jobs.length < BATCH) return;
      }
    } catch (error) {
      this.logger.error({ err: failureCode(error) }, 'mail queue look failed');
    }
  }

  private async send(job: MailJobRecord): Promise<void> {
    const user = await this.store.users.findById(job.userId);
    if (!user || user.disabledAt) {
      await this.store.mailJobs.retryLater(job.id, this.owner, { status: 'failed', attempts: job.attempts, nextAttemptAt: job.nextAttemptAt, lastError: 'no_recipient' });
      return;
    }
    try {
      await this.transport({ to: user.email, subject: job.subject, text: job.body, messageId: job.messageId });
    } catch (error) {
      const attempts = job.attempts + 1;
      const wait = Math.min(MAX_BACKOFF_MS, this.settings.backoffMs * 2 ** (attempts - 1));
      const gaveUp = attempts >= this.settings.maxAttempts;
      await this.store.mailJobs.retryLater(job.id, this.owner, {
        status: gaveUp ? 'failed' : 'pending', attempts, nextAttemptAt: new Date(this.clock.now().getTime() + wait).toISOString(), lastError: failureCode(error),
      });
      // The job id and code only: the address and the text stay out of the log.
      this.logger.warn({ mailJobId: job.id, attempts, code: failureCode(error), gaveUp }, 'notification e-mail not sent');
      return;
    }
    if (!(await this.store.mailJobs.markSent(job.id, this.owner, this.clock.now().toISOString()))) {
      this.logger.warn({ mailJobId: job.id }, 'notification e-mail sent after its lease ended');
    }
  }
}
