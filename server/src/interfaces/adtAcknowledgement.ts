import { Hl7Message, Hl7Segment } from '@medplum/core';
import type { AlertOutcome } from '../domain/alerts/receiveAlert';

/** HL7 v2 acknowledgement codes (table 0008) CareHuddle answers with. */
export type AckCode = 'AA' | 'AE' | 'AR';

/**
 * The acknowledgement for each outcome (docs/interfaces.md):
 * AA — applied, or a duplicate already received (resending would not help, so the sender may move on);
 * AE — well formed but not applied: no single enrolled member matched, or applying failed; stored for review, do not resend;
 * AR — rejected: malformed, or a message type CareHuddle does not act on; stored, fix at the source.
 */
export function ackFor(outcome: AlertOutcome): { code: AckCode; text: string } {
  switch (outcome.reason) {
    case null: return { code: 'AA', text: 'Alert applied.' };
    case 'duplicate': return { code: 'AA', text: 'Duplicate of an alert already received; not applied again.' };
    case 'malformed': return { code: 'AR', text: 'Malformed message; stored for review.' };
    case 'unsupported_event': return { code: 'AR', text: 'Only ADT^A01, ADT^A03 and ADT^A04 are accepted.' };
    case 'processing_failed': return { code: 'AE', text: 'Stored, but could not be applied; queued for review.' };
    case 'unknown_member':
    case 'ambiguous_member':
    case 'member_mismatch': return { code: 'AE', text: 'No single enrolled member matches; stored for review.' };
  }
}

/** The MSA text field cannot carry separators: keep it plain. */
const plain = (s: string) => s.replace(/[|^~\\&\r\n]/g, ' ').slice(0, 80);

/** An ACK to a message that was read: MSH mirrored by the library, MSA with our code and text. */
export function acknowledge(message: Hl7Message, code: AckCode, text: string): Hl7Message {
  const ack = message.buildAck({ ackCode: code });
  const controlId = message.getSegment('MSH')?.getComponent(10, 1) ?? '';
  ack.setSegment('MSA', new Hl7Segment(['MSA', code, controlId, plain(text)], ack.context));
  return ack;
}

/** An ACK to text that was not an HL7 message at all: nothing to mirror, so a bare header and the reject. */
export function rejectUnreadable(text: string, now: Date): Hl7Message {
  const stamp = now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return Hl7Message.parse(`MSH|^~\\&|CAREHUDDLE|CAREHUDDLE|||${stamp}||ACK|${now.getTime()}|P|2.5.1\rMSA|AR||${plain(text)}`);
}
