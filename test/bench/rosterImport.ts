import type { Bundle, Patient } from '@medplum/fhirtypes';
import { loadavg } from 'node:os';
import { signedIn, type ApiClient } from '../support/http';
import { startTestServer } from '../support/server';
import { waitFor } from '../support/wait';

const MEMBERS = Number(process.env.ROSTER_MEMBERS ?? 10_000);
const HEADER = 'member_number,name,date_of_birth,enrollment_date,preferred_language,interpreter_needed,phone,preferred_contact_time,address_line,city,state,postal_code,health_plan,allergies,pcp_email';

/** A believable member row: every column filled, the PCP a staff account. */
function csvRow(i: number): string {
  const born = `19${40 + (i % 50)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  return `BENCH-${i},Member ${i},${born},2026-11-01,${i % 3 ? 'en' : 'es'},${i % 3 ? 'no' : 'yes'},503-555-${String(i % 10_000).padStart(4, '0')},Mornings,${i} Main St,Portland,OR,97201,Cascade,Penicillin;Latex,physician@demo.carehuddle.test`;
}

function fhirPatient(i: number): Patient {
  return {
    resourceType: 'Patient', identifier: [{ type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MB' }] }, value: `FHIRB-${i}` }],
    name: [{ given: ['Member'], family: String(i) }], birthDate: '1950-01-01', telecom: [{ system: 'phone', value: '503-555-0100' }],
    address: [{ line: [`${i} Main St`], city: 'Portland', state: 'OR', postalCode: '97201' }],
  };
}

/** Imports one file and times it from upload to the completed report. */
async function timedImport(client: ApiClient, coordinatorId: string, format: 'csv' | 'fhir', content: string): Promise<{ ms: number; created: number }> {
  const started = performance.now();
  const res = await client.request('POST', `/api/roster-imports?format=${format}&coordinatorId=${coordinatorId}`, content, { 'content-type': format === 'csv' ? 'text/csv' : 'application/fhir+json' });
  if (res.status !== 202) throw new Error(`import refused: ${res.status} ${await res.text()}`);
  const { id } = (await res.json()) as { id: string };
  let job: { status: string; counts: { created: number } } | undefined;
  await waitFor(async () => {
    job = await (await client.get(`/api/roster-imports/${id}`)).json() as typeof job;
    return job!.status === 'completed' || job!.status === 'failed';
  }, 'the import', 600_000);
  if (job!.status !== 'completed') throw new Error(`import ${job!.status}`);
  return { ms: performance.now() - started, created: job!.counts.created };
}

/** Imports 10,000 members from a CSV and from a FHIR Bundle through the real server and store; prints a Markdown table. */
async function main(): Promise<void> {
  const server = await startTestServer();
  try {
    const coordinator = await signedIn(server.url, 'coordinator');
    const { id } = (await (await coordinator.get('/api/me')).json()) as { id: string };
    const csv = [HEADER, ...Array.from({ length: MEMBERS }, (_, i) => csvRow(i))].join('\n');
    const bundle: Bundle = { resourceType: 'Bundle', type: 'collection', entry: Array.from({ length: MEMBERS }, (_, i) => ({ resource: fhirPatient(i) })) };
    const load = loadavg().map((l) => l.toFixed(2)).join(' / ');
    const csvRun = await timedImport(coordinator, id, 'csv', csv);
    const fhirRun = await timedImport(coordinator, id, 'fhir', JSON.stringify(bundle));
    const loadAfter = loadavg().map((l) => l.toFixed(2)).join(' / ');
    process.stdout.write(`Node ${process.version}, ${new Date().toISOString().slice(0, 16)}Z, load average (1/5/15 min) before ${load}, after ${loadAfter}\n\n`);
    process.stdout.write('| benchmark | result | note |\n| --- | --- | --- |\n');
    process.stdout.write(`| import ${MEMBERS.toLocaleString('en')} members from CSV | ${(csvRun.ms / 1000).toFixed(1)} s | ${csvRun.created} created, ${(csv.length / 1e6).toFixed(1)} MB, every column, PCP matched |\n`);
    process.stdout.write(`| import ${MEMBERS.toLocaleString('en')} members from a FHIR Bundle | ${(fhirRun.ms / 1000).toFixed(1)} s | ${fhirRun.created} created, ${(JSON.stringify(bundle).length / 1e6).toFixed(1)} MB, each Patient validated |\n`);
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
