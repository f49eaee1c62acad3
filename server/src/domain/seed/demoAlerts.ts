import { Hl7Message } from '@medplum/core';
import { randomUUID } from 'node:crypto';
import type { Store } from '../../storage/port';
import { readAdtMessage } from '../alerts/readAdtMessage';
import { controlKeyOf, eventKeyOf } from '../alerts/receiveAlert';

/** A discharge alert for someone who is not (yet) a member: the demo review queue's one waiting alert. */
function unknownMemberDischarge(today: string): string {
  const stamp = today.replaceAll('-', '');
  return [
    `MSH|^~\\&|EPIC|STMARY|CAREHUDDLE|PLAN|${stamp}0715||ADT^A03^ADT_A03|DEMO-A03-0001|P|2.5.1`,
    `EVN|A03|${stamp}0715`,
    'PID|1||MBR-109999^^^PLAN^MB||JOHNSON^MARIE||19510612|F',
    `PV1|1|I|3E^310^B^St. Mary Medical Center||||||||||||||||V-55120|||||||||||||||||01||||||||${stamp}0000|${stamp}0700`,
  ].join('\r');
}

/** Seeds the review queue with one unmatched discharge, stored as the MLLP listener would have stored it. */
export async function seedDemoAlerts(store: Store, today: string, at: string): Promise<void> {
  const raw = unknownMemberDischarge(today);
  const reading = readAdtMessage(Hl7Message.parse(raw));
  if (!reading.ok) throw new Error('the demo alert must be readable');
  await store.inboundAlerts.insert({
    id: randomUUID(), channel: 'hl7v2', receivedAt: at, raw, summary: JSON.stringify(reading.summary), controlKey: controlKeyOf('hl7v2', reading.summary.sendingFacility, reading.summary.controlId),
    eventKey: eventKeyOf(reading.summary), status: 'needs_review', reason: 'unknown_member', patientId: null, resolvedBy: null, resolvedAt: null,
  });
}
