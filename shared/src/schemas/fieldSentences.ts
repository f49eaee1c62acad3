import { z } from 'zod';

/**
 * Every validation message a person can see is a sentence that names the
 * field ("Enter the discharge date."), never zod's default wording
 * ("Invalid input: expected string, received undefined"). Schemas that say
 * something more specific keep their own message; this covers the rest. It is
 * installed on import of `@carehuddle/shared`, so server and client agree.
 */

/** Field names whose words are not just their split key. */
const FIELD_WORDS: Record<string, string> = {
  pcpUserId: 'primary care physician', dateOfBirth: 'date of birth', email: 'e-mail address', dob: 'date of birth',
  ownerId: 'owner', userId: 'person', patientId: 'patient', memberNumber: 'member number', url: 'web address',
};

/** The innermost named field of a path (`careTeam.0.role` → `role`). */
const lastKey = (path: readonly PropertyKey[]) => [...path].reverse().find((p): p is string => typeof p === 'string');

/** The field's name in words (`dischargeDate` → "discharge date"), or null for the whole form. */
export function fieldWords(path: readonly PropertyKey[]): string | null {
  const key = lastKey(path);
  if (key === undefined) return null;
  return FIELD_WORDS[key] ?? key.replace(/Id$/, '').replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
}

type Issue = z.core.$ZodRawIssue;

const plural = (n: number | bigint, one: string, many: string) => (Number(n) === 1 ? one : many);

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>, the: string): string {
  const min = issue.minimum;
  if (issue.origin === 'string') return Number(min) <= 1 ? `Enter ${the}.` : `${cap(the)} must be at least ${min} ${plural(min, 'character', 'characters')}.`;
  if (issue.origin === 'array' || issue.origin === 'set') return Number(min) <= 1 ? `Choose ${the}.` : `Choose at least ${min} for ${the}.`;
  if (issue.origin === 'date') return `${cap(the)} is too early.`;
  return `${cap(the)} must be ${issue.inclusive === false ? 'more than' : 'at least'} ${min}.`;
}

function tooBig(issue: Extract<Issue, { code: 'too_big' }>, the: string): string {
  const max = issue.maximum;
  if (issue.origin === 'string') return `Keep ${the} to ${max} ${plural(max, 'character', 'characters')} or fewer.`;
  if (issue.origin === 'array' || issue.origin === 'set') return `Choose at most ${max} for ${the}.`;
  if (issue.origin === 'date') return `${cap(the)} is too late.`;
  return `${cap(the)} must be ${issue.inclusive === false ? 'less than' : 'at most'} ${max}.`;
}

function missingOrWrongType(issue: Extract<Issue, { code: 'invalid_type' }>, the: string): string {
  const missing = issue.input === undefined || issue.input === null || issue.input === '';
  if (issue.expected === 'boolean') return `Choose yes or no for ${the}.`;
  if (issue.expected === 'array') return missing ? `Choose ${the}.` : `${cap(the)} is not a list.`;
  if (missing) return `Enter ${the}.`;
  if (issue.expected === 'number' || issue.expected === 'int') return `Enter ${the} as a number.`;
  if (issue.expected === 'string') return `Enter ${the} as text.`;
  return `${cap(the)} is not in the expected form.`;
}

/** Formats people meet, in words; any other format is "not in the right format". */
const FORMAT_SENTENCES: Record<string, (the: string) => string> = {
  email: (the) => `Enter ${the} as an e-mail address, like name@example.org.`,
  date: (the) => `Enter ${the} as a date.`,
  datetime: (the) => `Enter ${the} as a date and time.`,
  time: (the) => `Enter ${the} as a time.`,
  url: (the) => `Enter ${the} as a web address.`,
};

function badFormat(issue: Extract<Issue, { code: 'invalid_format' }>, the: string): string {
  return FORMAT_SENTENCES[issue.format]?.(the) ?? `${cap(the)} is not in the right format.`;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The sentence for one issue that its schema did not word itself; undefined leaves zod's own (configuration). */
export function fieldSentence(issue: Issue): string | undefined {
  const path = issue.path ?? [];
  const name = fieldWords(path);
  // Environment variables (SESSION_SECRET) are read by operators, who want the variable and zod's detail.
  if (/^[A-Z0-9_]+$/.test(lastKey(path) ?? '')) return undefined;
  const the = name === null ? 'this form' : `the ${name}`;
  if (issue.code === 'invalid_type') return name === null ? 'Fill in the form and send it again.' : missingOrWrongType(issue, the);
  if (issue.code === 'too_small') return tooSmall(issue, the);
  if (issue.code === 'too_big') return tooBig(issue, the);
  if (issue.code === 'invalid_format') return badFormat(issue, the);
  if (issue.code === 'invalid_value') return `Choose one of the options for ${the}.`;
  if (issue.code === 'not_multiple_of') return `${cap(the)} must be a multiple of ${issue.divisor}.`;
  if (issue.code === 'unrecognized_keys') return `This form does not take ${issue.keys.map((k) => `"${k}"`).join(', ')}.`;
  return `Check ${the}.`;
}

z.config({ customError: fieldSentence });
