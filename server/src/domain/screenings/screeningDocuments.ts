import type { ScreeningAnswers } from '@carehuddle/shared';
import { DomainError } from '../errors';

/** A live screening document's answers with who last changed each and when. */
export interface LiveScreeningAnswers {
  answers: ScreeningAnswers;
  /** By link id: the last writer's user id and time, from the server's own attribution. */
  attribution: ReadonlyMap<string, { userId: string; at: string }>;
}

/** Reads and writes live screening documents (provided by the collaboration feature). */
export interface ScreeningDocuments {
  /** The answers as they are now, after storing everything the document has accepted. */
  read(docName: string): Promise<LiveScreeningAnswers>;
  /** Writes answers (an amendment starts from the answers it corrects), attributed to `userId`, stored before it resolves. */
  write(docName: string, answers: ScreeningAnswers, userId: string): Promise<void>;
  /** Marks the document completed (open pages show the result) and closes it for writing. */
  markCompleted(docName: string, screeningId: string): Promise<void>;
}

/** The slot commands hold from the start; the collaboration feature fills it, so neither imports the other. */
export class ScreeningDocumentsSlot implements ScreeningDocuments {
  private documents: ScreeningDocuments | null = null;

  /** Installs the implementation. */
  provide(documents: ScreeningDocuments): void {
    this.documents = documents;
  }

  private get live(): ScreeningDocuments {
    if (!this.documents) throw new DomainError('unavailable', 'Screenings cannot be opened right now.');
    return this.documents;
  }

  read(docName: string): Promise<LiveScreeningAnswers> {
    return this.live.read(docName);
  }

  write(docName: string, answers: ScreeningAnswers, userId: string): Promise<void> {
    return this.live.write(docName, answers, userId);
  }

  markCompleted(docName: string, screeningId: string): Promise<void> {
    return this.live.markCompleted(docName, screeningId);
  }
}
