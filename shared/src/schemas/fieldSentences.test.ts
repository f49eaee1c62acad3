import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrorsOf } from './errors';
import './fieldSentences';

/** The field messages a person would see for `input` against `schema`. */
function messages(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to be refused');
  return fieldErrorsOf(result.error).map((f) => f.message);
}

describe('validation messages are sentences that name the field', () => {
  it.each([
    ['a missing date', z.object({ dischargeDate: z.iso.date() }), {}, 'Enter the discharge date.'],
    ['a malformed date', z.object({ dischargeDate: z.iso.date() }), { dischargeDate: '27/11/2026' }, 'Enter the discharge date as a date.'],
    ['an empty required text', z.object({ title: z.string().min(1) }), { title: '' }, 'Enter the title.'],
    ['a too short text', z.object({ summary: z.string().min(10) }), { summary: 'short' }, 'The summary must be at least 10 characters.'],
    ['a too long text', z.object({ note: z.string().max(5) }), { note: 'far too long' }, 'Keep the note to 5 characters or fewer.'],
    ['a number as text', z.object({ doseCount: z.number() }), { doseCount: 'two' }, 'Enter the dose count as a number.'],
    ['a number under its minimum', z.object({ age: z.number().min(18) }), { age: 3 }, 'The age must be at least 18.'],
    ['a number over its maximum', z.object({ score: z.number().max(27) }), { score: 30 }, 'The score must be at most 27.'],
    ['a choice outside the options', z.object({ riskLevel: z.enum(['Low', 'High']) }), { riskLevel: 'Huge' }, 'Choose one of the options for the risk level.'],
    ['an e-mail address', z.object({ email: z.email() }), { email: 'elena' }, 'Enter the e-mail address as an e-mail address, like name@example.org.'],
    ['a missing yes/no', z.object({ interpreterNeeded: z.boolean() }), {}, 'Choose yes or no for the interpreter needed.'],
    ['an empty list', z.object({ recipients: z.array(z.string()).min(1) }), { recipients: [] }, 'Choose the recipients.'],
    ['an id field', z.object({ pcpUserId: z.string() }), {}, 'Enter the primary care physician.'],
    ['a nested field', z.object({ careTeam: z.array(z.object({ role: z.string() })) }), { careTeam: [{}] }, 'Enter the role.'],
    ['a body that is not an object', z.object({ name: z.string() }), 'text', 'Fill in the form and send it again.'],
    ['an unexpected field', z.strictObject({ name: z.string() }), { name: 'x', admin: true }, 'This form does not take "admin".'],
  ])('%s', (_label, schema, input, expected) => {
    expect(messages(schema, input)).toEqual([expected]);
  });

  it("keeps a schema's own wording", () => {
    expect(messages(z.object({ name: z.string().min(1, { error: 'Enter the full name.' }) }), { name: '' })).toEqual(['Enter the full name.']);
  });

  it('leaves configuration (environment variables) in zod’s own words, for operators', () => {
    expect(messages(z.object({ PORT: z.coerce.number().max(65535) }), { PORT: '70000' })[0]).toMatch(/65535/);
    expect(messages(z.object({ PORT: z.coerce.number().max(65535) }), { PORT: '70000' })[0]).not.toMatch(/^The /);
  });
});
