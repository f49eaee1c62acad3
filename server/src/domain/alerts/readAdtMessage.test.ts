import { Hl7Message } from '@medplum/core';
import { describe, expect, it } from 'vitest';
import { readAdtMessage } from './readAdtMessage';

const message = (msh9: string, pid: string | null, pv1: Record<number, string> = {}) => {
  const fields = Array.from({ length: 46 }, (_, i) => pv1[i] ?? '');
  fields[0] = 'PV1';
  return Hl7Message.parse([`MSH|^~\\&|EPIC|STMARY|CH|PLAN|202611270830||${msh9}|C-1|P|2.5.1`, 'EVN||202611270830', ...(pid ? [pid] : []), fields.join('|')].join('\r'));
};
const PID = 'PID|1||MRN-7^^^STMARY^MR~MBR-1^^^PLAN^MB||DOE^JANE||19500102';

describe('reading ADT messages', () => {
  it('prefers the member number (CX.5 = MB) among PID-3 repetitions and reads the stay', () => {
    const reading = readAdtMessage(message('ADT^A03', PID, { 2: 'I', 3: '4W^1^A^St. Mary', 19: 'V-1', 36: '62', 44: '202611200900', 45: '202611250800' }));
    expect(reading).toEqual({ ok: true, summary: expect.objectContaining({
      event: 'discharge', memberNumber: 'MBR-1', familyName: 'DOE', givenName: 'JANE', birthDate: '1950-01-02', encounterId: 'V-1',
      setting: 'hospital', facility: 'St. Mary', admittedOn: '2026-11-20', dischargedOn: '2026-11-25', dischargedTo: 'rehabilitation',
    }) });
  });

  it.each([
    [{ 2: 'E' }, 'emergency'], [{ 2: 'O', 18: 'SNF' }, 'skilled_nursing'], [{ 2: 'R', 10: 'REH' }, 'rehabilitation'], [{ 2: 'O', 18: 'HHA' }, 'home_health'], [{ 2: 'O' }, 'hospital'],
  ] as const)('patient class and type %j mean %s', (pv1, setting) => {
    const reading = readAdtMessage(message('ADT^A01', PID, pv1));
    expect(reading.ok && reading.summary.setting).toBe(setting);
  });

  it('a discharge takes its date from EVN-2 when PV1-45 is empty; an ED registration is always emergency', () => {
    const discharge = readAdtMessage(message('ADT^A03', PID));
    expect(discharge.ok && discharge.summary.dischargedOn).toBe('2026-11-27');
    const ed = readAdtMessage(message('ADT^A04', PID, { 2: 'I' }));
    expect(ed.ok && [ed.summary.event, ed.summary.setting]).toEqual(['ed_registration', 'emergency']);
  });

  it('refuses what it cannot act on: other message types, no PID, no way to identify the member, an impossible birth date', () => {
    expect(readAdtMessage(message('ADT^A08', PID))).toMatchObject({ ok: false, problem: 'unsupported_event', controlId: 'C-1' });
    expect(readAdtMessage(message('ORU^R01', PID))).toMatchObject({ ok: false, problem: 'unsupported_event' });
    expect(readAdtMessage(message('ADT^A03', null))).toMatchObject({ ok: false, problem: 'malformed' });
    expect(readAdtMessage(message('ADT^A03', 'PID|1||||DOE^JANE'))).toMatchObject({ ok: false, problem: 'malformed' });
    expect(readAdtMessage(message('ADT^A03', 'PID|1||MBR-1||DOE^JANE||19501302'))).toMatchObject({ ok: false, problem: 'malformed' });
  });
});
