import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { chromiumAvailable } from '../support/browser';
import { EXE_BYTES, PDF_BYTES, solidPng } from '../support/files';
import { patientIdByName, signedIn } from '../support/http';
import { browserHarness, openPatient, signInAs } from './harness';

/** Opens Rosa Delgado's reconciliation from her patient page, as a team member would. */
async function openReconciliation(browser: Browser, url: string, account: string, viewport = { width: 1400, height: 1000 }): Promise<Page> {
  const page = await signInAs(browser, url, account, viewport);
  await openPatient(page, 'Rosa Delgado', 'Medications');
  await page.getByRole('region', { name: 'Medication reconciliation' }).getByRole('link', { name: /^After discharge/ }).click();
  await page.getByRole('rowgroup', { name: 'Furosemide' }).waitFor();
  return page;
}

describe.skipIf(!chromiumAvailable)('browser: a pharmacist attaches a photo to a medication and the physician opens it', () => {
  const harness = browserHarness();

  it('1. the pharmacist starts an upload and cancels it; 2. attaches the photo of the pill bottle, with progress; 3. the physician opens the reconciliation, sees the preview and opens the photo; 4. the view is audited', async () => {
    const [browser, server] = [harness.browser(), harness.server()];
    const coordinator = await signedIn(server.url, 'coordinator');
    const rosaId = await patientIdByName(coordinator, 'Rosa Delgado');
    expect((await coordinator.post(`/api/patients/${rosaId}/reconciliations`, { trigger: 'discharge' })).status).toBe(201);
    const photo = { name: 'furosemide-bottle.jpg.png', mimeType: 'image/png', buffer: solidPng(96, [46, 125, 155]) };

    // 1. An upload held on its way to the server is cancelled: the row says nothing was saved, and lists no file.
    const pharmacist = await openReconciliation(browser, server.url, 'pharmacist');
    const row = pharmacist.getByRole('rowgroup', { name: 'Furosemide' });
    // Held: the request never reaches the server until the route is removed, so the cancel always comes first.
    await pharmacist.route('**/api/patients/*/attachments?*', () => undefined);
    await row.getByLabel('Attach a file to Furosemide').setInputFiles(photo);
    await row.getByRole('progressbar', { name: 'Uploading furosemide-bottle.jpg.png' }).waitFor();
    await row.getByRole('button', { name: /^Cancel upload/ }).click();
    await row.getByText('Upload cancelled; nothing was saved.').waitFor();
    await pharmacist.unrouteAll({ behavior: 'ignoreErrors' });
    expect(await server.services.store.attachments.listForPatient(rosaId)).toEqual([]);

    // 2. The real upload: the photo is listed with its preview once stored.
    await row.getByLabel('Attach a file to Furosemide').setInputFiles(photo);
    const thumbnail = row.getByRole('img', { name: 'Preview of furosemide-bottle.jpg.png' });
    await thumbnail.waitFor();
    expect(await pharmacist.getByRole('group', { name: 'Files: Furosemide' }).getByText(/PNG image, \d+ (bytes|kB)/).textContent()).toContain('PNG image');
    expect(await axeViolations(pharmacist, [row])).toEqual([]);
    await pharmacist.screenshot({ path: '/tmp/attachments-pharmacist.png', fullPage: true });

    // 3. The physician sees the photo on the same medication and opens it in a tab of its own.
    const physician = await openReconciliation(browser, server.url, 'physician');
    const physicianRow = physician.getByRole('rowgroup', { name: 'Furosemide' });
    const preview = physicianRow.getByRole('img', { name: 'Preview of furosemide-bottle.jpg.png' });
    await preview.waitFor();
    await physician.waitForFunction((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth === 96, await preview.elementHandle());
    const [tab] = await Promise.all([physician.waitForEvent('popup'), physicianRow.getByRole('link', { name: /Preview of furosemide-bottle/ }).click()]);
    await tab.waitForLoadState();
    expect(tab.url()).toMatch(/\/attachments\/[\w-]+\/preview$/);
    await tab.close();
    const download = physicianRow.getByRole('link', { name: /^furosemide-bottle\.jpg\.png\s*, download$/ });
    const [file] = await Promise.all([physician.waitForEvent('download'), download.click()]);
    expect(file.suggestedFilename()).toBe('furosemide-bottle.jpg.png');

    // 4. Each view and the download left a record naming the physician and the file.
    const physicianId = ((await (await (await signedIn(server.url, 'physician')).get('/api/me')).json()) as { id: string }).id;
    const trail = await server.services.store.audit.list({ userId: physicianId, limit: 10_000 });
    const [stored] = await server.services.store.attachments.listForPatient(rosaId);
    expect(trail.filter((r) => r.resourceId === stored!.id && r.outcome === 'success').map((r) => r.type)).toEqual(expect.arrayContaining(['attachment.preview', 'attachment.download']));

    // At 390 px the row's files still fit: no sideways scrolling of the page.
    const phone = await openReconciliation(browser, server.url, 'physician', { width: 390, height: 844 });
    await phone.getByRole('rowgroup', { name: 'Furosemide' }).getByRole('img', { name: 'Preview of furosemide-bottle.jpg.png' }).scrollIntoViewIfNeeded();
    await phone.screenshot({ path: '/tmp/attachments-phone.png', fullPage: false });
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeViolations(phone, [phone.getByRole('group', { name: 'Files: Furosemide' })])).toEqual([]);
  }, 120_000);

  it('the coordinator attaches a discharge summary on the patient page, on a phone: listed with its download link, no preview for a PDF, no accessibility violations', async () => {
    const [browser, server] = [harness.browser(), harness.server()];
    const page = await signInAs(browser, server.url, 'coordinator', { width: 390, height: 844 });
    await openPatient(page, 'Rosa Delgado', 'Files');
    const card = page.getByRole('region', { name: 'Files' });
    await card.getByLabel("Attach a file to the patient's record").setInputFiles({ name: 'St Mary discharge summary.pdf', mimeType: 'application/pdf', buffer: PDF_BYTES });
    await card.getByRole('link', { name: /^St Mary discharge summary\.pdf\s*, download$/ }).waitFor();
    expect(await card.getByRole('img').count()).toBe(0);
    // A program renamed .pdf is refused with a sentence beside the field, which points at it.
    await card.getByLabel("Attach a file to the patient's record").setInputFiles({ name: 'summary.pdf', mimeType: 'application/pdf', buffer: EXE_BYTES });
    await card.getByRole('alert').filter({ hasText: 'Only PDF documents and PNG, JPEG, GIF or WebP images can be attached' }).waitFor();
    expect(await card.getByLabel("Attach a file to the patient's record").getAttribute('aria-invalid')).toBe('true');
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/attachments-patient-files.png' });
    expect(await axeViolations(page, [card])).toEqual([]);
    // The card fits the phone's width (other parts of the patient page are not this test's concern).
    const box = await card.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  }, 120_000);
});
