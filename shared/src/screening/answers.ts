import { z } from 'zod';

/**
 * One answer as a screening holds it: the code of the chosen option (`choice`),
 * the codes chosen (`choice` that repeats), or a whole number (`integer`).
 */
export const ScreeningAnswerValueSchema = z.union([z.string().max(60), z.array(z.string().max(60)).max(20), z.number().int().min(0).max(999)]);
export type ScreeningAnswerValue = z.infer<typeof ScreeningAnswerValueSchema>;

/** Answers by item link id. */
export type ScreeningAnswers = Readonly<Record<string, ScreeningAnswerValue | undefined>>;
