import type { AdtEvent, AlertSummary } from '@carehuddle/shared';
import { CalendarDateSchema } from '@carehuddle/shared';
import type { Hl7Message, Hl7Segment } from '@medplum/core';
import { dischargedToOf, settingOf } from './alertSettings';

/** The ADT trigger events CareHuddle acts on. */
const EVENTS: Record<string, AdtEvent> = { A01: 'admit', A03: 'discharge', A04: 'ed_registration' };

/** An alert read from a message, or why it cannot be. */
export type AdtReading =
  | { ok: true; summary: AlertSummary }
  | { ok: false; problem: 'malformed' | 'unsupported_event'; detail: string; controlId: string | null; sendingFacility: string | null };

const text = (segment: Hl7Segment | undefined, field: number, component = 1): string => segment?.getComponent(field, component).trim() ?? '';

/** `YYYYMMDD[HHMM…]` → `YYYY-MM-DD`, or null when it is not a real date. HL7 times are the sender's local time; the calendar day is what coordination counts. */
function dateOf(value: string): string | null {
  if (!/^\d{8}/.test(value)) return null;
  const date = `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`;
  return CalendarDateSchema.safeParse(date).success ? date : null;
}

/** Every identifier in PID-3 (a repeating field), member numbers (CX.5 = MB) first. */
function identifiersOf(pid: Hl7Segment): string[] {
  const field = pid.getField(3);
  const ids = (field?.components ?? []).map((rep) => ({ id: (rep[0] ?? '').trim(), type: (rep[4] ?? '').trim().toUpperCase() })).filter((x) => x.id !== '');
  return [...ids.filter((x) => x.type === 'MB'), ...ids.filter((x) => x.type !== 'MB')].map((x) => x.id);
}

/**
 * Reads an ADT^A01/A03/A04 message into what coordination needs. Malformed
 * means a reader cannot act on it: no MSH-10, no PID, no way to identify the
 * member (PID-3, or name and date of birth), or a discharge without a date.
 */
export function readAdtMessage(message: Hl7Message): AdtReading {
  const msh = message.getSegment('MSH');
  const controlId = text(msh, 10) || null;
  const sendingFacility = text(msh, 4) || text(msh, 3) || null;
  const fail = (problem: 'malformed' | 'unsupported_event', detail: string): AdtReading => ({ ok: false, problem, detail, controlId, sendingFacility });
  if (!msh || !controlId) return fail('malformed', 'MSH-10 (message control ID) is missing.');
  const type = text(msh, 9, 1);
  const trigger = text(msh, 9, 2) || text(message.getSegment('EVN'), 1);
  const event = type === 'ADT' ? EVENTS[trigger] : undefined;
  if (!event) return fail('unsupported_event', `Only ADT^A01, ADT^A03 and ADT^A04 are accepted, not ${type || '?'}^${trigger || '?'}.`);
  const pid = message.getSegment('PID');
  if (!pid) return fail('malformed', 'The PID segment is missing.');
  const pv1 = message.getSegment('PV1');
  const identifiers = identifiersOf(pid);
  const familyName = text(pid, 5, 1) || null;
  const givenName = text(pid, 5, 2) || null;
  const rawBirth = text(pid, 7);
  const birthDate = dateOf(rawBirth);
  if (rawBirth && !birthDate) return fail('malformed', 'PID-7 (date of birth) is not a date.');
  if (identifiers.length === 0 && !(familyName && givenName && birthDate)) return fail('malformed', 'The member cannot be identified: PID-3, or PID-5 and PID-7, are needed.');
  const eventDate = dateOf(text(message.getSegment('EVN'), 2)) ?? dateOf(text(msh, 7));
  const admittedOn = dateOf(text(pv1, 44)) ?? (event === 'discharge' ? null : eventDate);
  const dischargedOn = event === 'discharge' ? dateOf(text(pv1, 45)) ?? eventDate : null;
  if (event === 'discharge' && !dischargedOn) return fail('malformed', 'The discharge date (PV1-45 or EVN-2) is missing.');
  const setting = event === 'ed_registration' ? 'emergency' : settingOf(text(pv1, 2), text(pv1, 18), text(pv1, 10));
  return {
    ok: true,
    summary: {
      event, controlId, sendingFacility, memberNumber: identifiers[0] ?? null, familyName, givenName, birthDate,
      encounterId: text(pv1, 19) || null, setting, facility: text(pv1, 3, 4) || sendingFacility || 'the hospital',
      admittedOn, dischargedOn, dischargedTo: dischargedToOf(text(pv1, 36)),
    },
  };
}
