import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { chromiumAvailable } from '../support/browser';
import { pdfPageImages, pdfText } from '../support/pdf';
import { browserHarness, openPatient, signInAs } from './harness';

describe.skipIf(!chromiumAvailable)('browser: sending the plan to a provider', () => {
  const harness = browserHarness();

  it('1. the coordinator shares Rosa\'s plan with her PCP as a PDF; 2. the PDF holds what the consent covers; 3. the share is in her history', async () => {
    const coordinator = await signInAs(harness.browser(), harness.server().url, 'coordinator');
    await openPatient(coordinator, 'Rosa Delgado', 'Sharing and consent');
    const sending = coordinator.getByRole('region', { name: 'Sending the plan out' });
    const history = sending.getByRole('list', { name: 'Shared with' });
    // The demo copy sent to her cardiologist last week is already there.
    await history.getByText('Dr. Anita Patel').waitFor();

    await sending.getByLabel('Provider', { exact: true }).selectOption({ label: 'Dr. Samuel Okoro (PCP)' });
    await sending.getByText('The PDF will hold what the consent covers: Shared plan, Clinical plan.').waitFor();
    const [download] = await Promise.all([coordinator.waitForEvent('download'), sending.getByRole('button', { name: 'Share as PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^care-plan-\d{4}-\d{2}-\d{2}\.pdf$/);
    const pdf = await readFile(await download.path());
    const { text } = await pdfText(pdf);
    expect(text).toContain('Rosa Delgado');
    expect(text).toContain('Prepared for: Dr. Samuel Okoro');
    expect(text).toContain('Furosemide');
    expect(text).toContain('Page 1 of');
    const [firstPage] = await pdfPageImages(pdf);
    await writeFile('/tmp/plan-share-pdf-page1.png', firstPage!);

    await sending.getByText(/Shared with Dr\. Samuel Okoro \(PCP\): care-plan-.*\.pdf is downloading\./).waitFor();
    const newest = history.getByRole('listitem').first();
    await newest.getByText('Dr. Samuel Okoro').waitFor();
    expect(await newest.textContent()).toContain('Shared plan, Clinical plan · PDF');
    expect(await newest.textContent()).toContain('Sent by Maya Chen under consent version 1');
    expect(await history.getByRole('listitem').count()).toBe(2);

    const consent = coordinator.getByRole('region', { name: 'Sharing and consent' });
    expect(await axeViolations(coordinator, [sending, consent])).toEqual([]);
    await sending.screenshot({ path: '/tmp/plan-share-section.png' });
  });

  it('1. the coordinator adds an outside provider to the consent on a phone; 2. shares with them; 3. a provider without consent is not offered', async () => {
    const coordinator = await signInAs(harness.browser(), harness.server().url, 'coordinator', { width: 390, height: 844 });
    await openPatient(coordinator, 'Walter Kim', 'Sharing and consent');
    const consent = coordinator.getByRole('region', { name: 'Sharing and consent' });
    const sending = coordinator.getByRole('region', { name: 'Sending the plan out' });
    await sending.getByText("The patient's consent names no provider yet.", { exact: false }).waitFor();
    expect(await sending.getByRole('button', { name: 'Share as PDF' }).isDisabled()).toBe(true);

    await consent.getByRole('button', { name: 'Edit consent' }).click();
    const providers = consent.getByRole('group', { name: 'Providers who may be sent a copy of the plan' });
    await providers.getByRole('button', { name: 'Add outside provider' }).click();
    await providers.getByText("Enter the provider's name.").waitFor();
    await providers.getByLabel('Name', { exact: true }).fill('Dr. Lena Fox');
    await providers.getByLabel('Practice or organization').fill('Lakeside Cardiology');
    await providers.getByLabel('How to reach them (fax, secure message or address)').fill('Fax (555) 010-4477');
    await providers.getByRole('button', { name: 'Add outside provider' }).click();
    await providers.getByLabel('Clinical plan (Dr. Lena Fox, Lakeside Cardiology)').check();
    await consent.getByRole('button', { name: 'Record consent' }).click();
    await consent.getByText(/Consent recorded as version \d+\./).waitFor();

    await sending.getByLabel('Provider', { exact: true }).selectOption({ label: 'Dr. Lena Fox, Lakeside Cardiology' });
    const [download] = await Promise.all([coordinator.waitForEvent('download'), sending.getByRole('button', { name: 'Share as PDF' }).click()]);
    const { text } = await pdfText(await readFile(await download.path()));
    expect(text).toContain('Walter Kim');
    expect(text).toContain('Dr. Lena Fox, Lakeside Cardiology, Fax (555) 010-4477');
    await sending.getByRole('list', { name: 'Shared with' }).getByText('Dr. Lena Fox').waitFor();
    expect(await axeViolations(coordinator, [sending, consent])).toEqual([]);
    await consent.screenshot({ path: '/tmp/plan-share-phone-providers.png' });
    await sending.screenshot({ path: '/tmp/plan-share-phone-sending.png' });
  });
});
