import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Attachment, AttachmentTarget, ConsentHistory } from '@carehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXE_BYTES, PDF_BYTES, PNG_BYTES, upload } from '../support/files';
import { ApiClient, patientIdByName, signedIn } from '../support/http';
import { startTestServer, type TestServer } from '../support/server';
import { ask, connectSocket, key, whenConnected } from '../support/socket';

const KB = 1024;

describe('attachments: typed by content, stored outside the database, served only to the target\'s audience', () => {
  let server: TestServer;
  let rosaId: string;
  let coordinator: ApiClient;
  let physician: ApiClient;
  let pharmacist: ApiClient;
  let caregiver: ApiClient;
  let admin: ApiClient;
  const files = () => `/api/patients/${rosaId}/attachments`;
  const content = (id: string) => `/api/patients/${rosaId}/attachments/${id}/content`;
  const preview = (id: string) => `/api/patients/${rosaId}/attachments/${id}/preview`;
  const listed = async (client: ApiClient): Promise<string[]> => {
    const res = await client.get(files());
    return res.status === 200 ? ((await res.json()) as { attachments: Attachment[] }).attachments.map((a) => a.id) : [];
  };
  const stored = async (client: ApiClient, target: AttachmentTarget, name: string, bytes: Uint8Array): Promise<Attachment> => {
    const res = await upload(client, rosaId, target, name, bytes);
    expect(res.status, await res.clone().text()).toBe(201);
    return (await res.json()) as Attachment;
  };

  beforeAll(async () => {
    // Small limits, so that the size and count limits are reached with small files.
    server = await startTestServer({ tuning: { attachments: { maxBytes: 64 * KB, maxPerTarget: 5 } } });
    coordinator = await signedIn(server.url, 'coordinator');
    rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
    physician = await signedIn(server.url, 'physician');
    pharmacist = await signedIn(server.url, 'pharmacist');
    caregiver = await signedIn(server.url, 'caregiver');
    admin = await signedIn(server.url, 'admin');
  });
  afterAll(() => server.close());

  it('requires sign-in; staff of another team are told the patient does not exist', async () => {
    expect((await upload(new ApiClient(server.url), rosaId, { kind: 'patient' }, 'a.png', PNG_BYTES)).status).toBe(401);
    expect((await new ApiClient(server.url).get(files())).status).toBe(401);
    expect((await upload(admin, rosaId, { kind: 'patient' }, 'a.png', PNG_BYTES)).status).toBe(404);
    expect((await admin.get(files())).status).toBe(404);
  });

  it('decides the type from the bytes: PNG bytes named .pdf are an image; a program or text named .pdf is refused with a sentence', async () => {
    const photo = await stored(coordinator, { kind: 'patient' }, 'discharge-summary.pdf', PNG_BYTES);
    expect(photo).toMatchObject({ fileName: 'discharge-summary.pdf', contentType: 'image/png', previewable: true, size: PNG_BYTES.length });
    const pdf = await stored(coordinator, { kind: 'patient' }, 'consent form.png', PDF_BYTES);
    expect(pdf).toMatchObject({ contentType: 'application/pdf', previewable: false });

    for (const bytes of [EXE_BYTES, Buffer.from('Just some words, no file at all.')]) {
      const refused = await upload(coordinator, rosaId, { kind: 'patient' }, 'summary.pdf', bytes);
      expect(refused.status).toBe(400);
      expect((await refused.json()).error.fields).toEqual([{ path: 'body', message: expect.stringMatching(/^Only PDF documents and PNG, JPEG, GIF or WebP images can be attached/) }]);
    }
    const empty = await upload(coordinator, rosaId, { kind: 'patient' }, 'nothing.pdf', Buffer.alloc(0));
    expect(empty.status).toBe(400);
    expect((await empty.json()).error.fields[0].path).toBe('body');
    // A path in the name is dropped: only the file's own name is kept.
    expect((await stored(coordinator, { kind: 'planItem', audience: 'clinical', section: 'needs', itemId: 'path-test' }, 'C:\\scans\\bottle.png', PNG_BYTES)).fileName).toBe('bottle.png');
  });

  it('refuses a file over the size limit with a sentence naming the limit, and a sixth file on one target', async () => {
    const big = await upload(coordinator, rosaId, { kind: 'thread', threadId: 'none' }, 'big.png', Buffer.concat([PNG_BYTES, Buffer.alloc(65 * KB)]));
    expect(big.status).toBe(413);
    expect((await big.json()).error).toMatchObject({ code: 'payload_too_large', fields: [{ path: 'body', message: 'Files can be at most 64 KB.' }] });

    const target: AttachmentTarget = { kind: 'planItem', audience: 'shared', section: 'goals', itemId: 'count-test' };
    for (let n = 1; n <= 5; n += 1) await stored(coordinator, target, `photo-${n}.png`, PNG_BYTES);
    const fourth = await upload(coordinator, rosaId, target, 'photo-6.png', PNG_BYTES);
    expect(fourth.status).toBe(409);
    expect((await fourth.json()).error.message).toBe('This already has 5 files, the most it can hold.');
  });

  it('stores the bytes outside the database, whole, before answering; downloads carry attachment, nosniff and a safe type, and are audited', async () => {
    const file = await stored(pharmacist, { kind: 'patient' }, 'pill "bottle".png', PNG_BYTES);
    // 1. The bytes are in a file of their own under DATA_DIR, not in the database.
    expect(readFileSync(join(server.dataDir, 'attachments', file.id))).toEqual(PNG_BYTES);
    // 2. The physician downloads it: as an attachment, never sniffed, under a policy that runs nothing.
    const res = await physician.get(content(file.id));
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(PNG_BYTES);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="pill \\"bottle\\".png"/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(res.headers.get('cache-control')).toBe('no-store');
    // 3. The image preview is inline; a PDF has none.
    const shown = await physician.get(preview(file.id));
    expect([shown.status, shown.headers.get('content-disposition'), shown.headers.get('x-content-type-options')]).toEqual([200, 'inline', 'nosniff']);
    expect(shown.headers.get('content-security-policy')).toBe("default-src 'none'; img-src 'self'; sandbox");
    const pdf = await stored(coordinator, { kind: 'planItem', audience: 'clinical', section: 'needs', itemId: 'pdf-preview' }, 'summary.pdf', PDF_BYTES);
    expect((await physician.get(preview(pdf.id))).status).toBe(404);
    // 4. Every download and view left a record naming the physician, the patient and the file.
    const physicianId = ((await (await physician.get('/api/me')).json()) as { id: string }).id;
    const trail = await server.services.store.audit.list({ userId: physicianId, limit: 1000 });
    expect(trail).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'attachment.download', patientId: rosaId, resourceId: file.id, outcome: 'success' }),
      expect.objectContaining({ type: 'attachment.preview', patientId: rosaId, resourceId: file.id, outcome: 'success' }),
    ]));
  });

  it('follows the target\'s audience: the patient record is clinical staff only; restricted plan documents need consent; pharmacists add only to their sections', async () => {
    const record = await stored(coordinator, { kind: 'patient' }, 'consent-form.pdf', PDF_BYTES);
    expect((await physician.get(content(record.id))).status).toBe(200);
    expect((await caregiver.get(content(record.id))).status).toBe(404);
    expect(await listed(caregiver)).not.toContain(record.id);
    expect((await upload(caregiver, rosaId, { kind: 'patient' }, 'mine.png', PNG_BYTES)).status).toBe(404);

    // Rosa shares substance-use records with her coordinator only: her physician never learns the file exists.
    const restricted = await stored(coordinator, { kind: 'planItem', audience: 'substanceUse', section: 'needs', itemId: 'su-1' }, 'program-letter.pdf', PDF_BYTES);
    expect((await physician.get(content(restricted.id))).status).toBe(404);
    expect(await listed(physician)).not.toContain(restricted.id);
    expect(await listed(coordinator)).toContain(restricted.id);
    const physicianId = ((await (await physician.get('/api/me')).json()) as { id: string }).id;
    expect(await server.services.store.audit.list({ userId: physicianId, limit: 1000 })).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'attachment.download', resourceId: restricted.id, outcome: 'denied', category: 'substanceUse/attachments' }),
    ]));

    // The pharmacist writes the clinical plan's medications, not its needs; the shared plan they only read.
    expect((await upload(pharmacist, rosaId, { kind: 'planItem', audience: 'clinical', section: 'medications', itemId: 'med-1' }, 'label.png', PNG_BYTES)).status).toBe(201);
    expect((await upload(pharmacist, rosaId, { kind: 'planItem', audience: 'clinical', section: 'needs', itemId: 'need-1' }, 'label.png', PNG_BYTES)).status).toBe(403);
    expect((await upload(pharmacist, rosaId, { kind: 'planItem', audience: 'shared', section: 'goals', itemId: 'goal-1' }, 'label.png', PNG_BYTES)).status).toBe(403);
  });

  it('on a reconciliation\'s medication: deciders add, those who see reconciliations read, the family never; a medication not in it is no target', async () => {
    const rec = (await (await coordinator.post(`/api/patients/${rosaId}/reconciliations`, { trigger: 'discharge' })).json()) as { id: string; medications: Array<{ itemId: string }> };
    const itemId = rec.medications[0]!.itemId;
    const photo = await stored(pharmacist, { kind: 'medication', reconciliationId: rec.id, itemId }, 'bottle.png', PNG_BYTES);
    expect((await physician.get(content(photo.id))).status).toBe(200);
    expect((await caregiver.get(content(photo.id))).status).toBe(404);
    expect((await upload(pharmacist, rosaId, { kind: 'medication', reconciliationId: rec.id, itemId: 'not-in-it' }, 'x.png', PNG_BYTES)).status).toBe(404);
  });

  it('1. the coordinator attaches a photo to a thread shared with family; 2. the caregiver opens it; 3. Rosa withdraws her consent; 4. the caregiver is refused, and the refusal audited', async () => {
    const socket = connectSocket(server.url, coordinator);
    await whenConnected(socket);
    const answer = await ask(socket, 'note:create', { patientId: rosaId, visibility: 'family', body: 'The new pill organiser', mentions: [], idempotencyKey: key() });
    socket.disconnect();
    const threadId = (answer.thread as { id: string }).id;
    const photo = await stored(coordinator, { kind: 'thread', threadId }, 'organiser.png', PNG_BYTES);

    expect((await caregiver.get(content(photo.id))).status).toBe(200);
    expect(await listed(caregiver)).toContain(photo.id);

    const consent = async (): Promise<ConsentHistory> => (await coordinator.get(`/api/patients/${rosaId}/consent`)).json() as Promise<ConsentHistory>;
    const { current } = await consent();
    const record = (family: unknown[]) => coordinator.post(`/api/patients/${rosaId}/consent`, { preferences: { ...current!.preferences, family }, method: 'verbal', givenOn: '2026-11-01' });
    expect((await record([])).status).toBe(201);
    expect((await caregiver.get(content(photo.id))).status).toBe(404);
    expect((await caregiver.get(files())).status).toBe(404);
    const caregiverId = ((await (await caregiver.get('/api/me')).json()) as { id: string }).id;
    expect(await server.services.store.audit.list({ userId: caregiverId, limit: 1000 })).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'attachment.download', patientId: rosaId, outcome: 'denied' }),
    ]));
    expect((await record(current!.preferences.family)).status).toBe(201);
  });
});
