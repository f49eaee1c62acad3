import type { Browser, Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { chromiumAvailable } from '../support/browser';
import { patientIdByName, signedIn } from '../support/http';
import { browserHarness, signInAs } from './harness';

/** A 390 × 844 phone (an iPhone 12–15 in portrait). */
const PHONE = { width: 390, height: 844 };

/** Who looks at a page: a demo account, or nobody signed in (an invitation link). */
type Viewer = 'coordinator' | 'physician' | 'pharmacist' | 'admin' | 'supervisor' | 'caregiver' | 'nobody';

/** Ids the set-up creates or finds, for paths with parameters. */
interface Ids { longPatient: string; rosa: string; reconciliation: string; screening: string; conference: string; invitationToken: string }

/** One page state to check at phone width: who, where, and what shows once its data has loaded. */
interface NarrowPage {
  name: string;
  viewer: Viewer;
  path: (ids: Ids) => string;
  loaded: (page: Page) => Locator;
  /** A tab to open on the page first (the patient page groups its parts in tabs). */
  tab?: string;
}

const LONG_NAME = 'Maria-Guadalupe Esperanza Villanueva-Rodríguez de la Cruz';
const LONG_STAFF_NAME = 'Dr. Alexandrina Konstantinopoulou-Featherstonehaugh, MD, MPH';
const heading = (name: string | RegExp) => (page: Page) => page.getByRole('heading', { level: 1, name });

/** Every route in client/src/App.tsx, as the role that uses it. A new page is one line here. */
const PAGES: NarrowPage[] = [
  { name: 'Today', viewer: 'coordinator', path: () => '/', loaded: heading(/^Today/) },
  { name: 'My patients', viewer: 'coordinator', path: () => '/patients', loaded: (p) => p.getByRole('list', { name: 'My patients' }).getByText(LONG_NAME) },
  { name: 'Patient: overview', viewer: 'coordinator', path: (ids) => `/patients/${ids.longPatient}`, loaded: heading(LONG_NAME) },
  { name: 'Patient: Coordination', viewer: 'coordinator', path: (ids) => `/patients/${ids.rosa}`, loaded: heading('Rosa Delgado'), tab: 'Coordination' },
  { name: 'Patient: Medications', viewer: 'coordinator', path: (ids) => `/patients/${ids.rosa}`, loaded: heading('Rosa Delgado'), tab: 'Medications' },
  { name: 'Patient: Files', viewer: 'coordinator', path: (ids) => `/patients/${ids.rosa}`, loaded: heading('Rosa Delgado'), tab: 'Files' },
  { name: 'Patient: Sharing and consent', viewer: 'coordinator', path: (ids) => `/patients/${ids.rosa}`, loaded: heading('Rosa Delgado'), tab: 'Sharing and consent' },
  { name: 'Care plan', viewer: 'coordinator', path: (ids) => `/patients/${ids.rosa}/plan`, loaded: (p) => p.getByRole('textbox', { name: 'Plan summary' }) },
  { name: 'Reconciliation', viewer: 'pharmacist', path: (ids) => `/patients/${ids.rosa}/reconciliations/${ids.reconciliation}`, loaded: (p) => p.getByRole('rowgroup', { name: 'Furosemide' }) },
  { name: 'Screening', viewer: 'coordinator', path: (ids) => `/patients/${ids.longPatient}/screenings/${ids.screening}`, loaded: heading(/^Health screening for/) },
  { name: 'Plan review (family)', viewer: 'caregiver', path: (ids) => `/patients/${ids.rosa}/review`, loaded: heading(/Rosa/) },
  { name: 'Home (family)', viewer: 'caregiver', path: () => '/', loaded: (p) => p.getByRole('heading', { level: 1 }) },
  { name: 'Invitation', viewer: 'nobody', path: (ids) => `/invite/${ids.invitationToken}`, loaded: (p) => p.getByLabel('Password', { exact: false }).first() },
  { name: 'Worklist', viewer: 'coordinator', path: () => '/worklist', loaded: (p) => p.getByRole('table', { name: 'My worklist' }).getByText(LONG_NAME).first() },
  { name: 'Team view', viewer: 'coordinator', path: () => '/team', loaded: (p) => p.getByText(LONG_NAME).first() },
  { name: 'Roster import', viewer: 'coordinator', path: () => '/roster-import', loaded: (p) => p.getByRole('heading', { level: 1 }) },
  { name: 'Conferences', viewer: 'coordinator', path: () => '/conferences', loaded: (p) => p.getByText('Thursday interdisciplinary huddle for complex members').first() },
  { name: 'Conference', viewer: 'coordinator', path: (ids) => `/conferences/${ids.conference}`, loaded: (p) => p.getByText(LONG_NAME).first() },
  { name: 'Conference summary', viewer: 'coordinator', path: (ids) => `/conferences/${ids.conference}/summary`, loaded: (p) => p.getByText(LONG_NAME).first() },
  { name: 'Alerts', viewer: 'physician', path: () => '/alerts', loaded: (p) => p.getByRole('heading', { level: 1 }) },
  { name: 'Caseloads', viewer: 'supervisor', path: () => '/caseloads', loaded: (p) => p.getByRole('region', { name: 'Caseloads by coordinator' }).getByText('Maya Chen').first() },
  { name: 'Staff accounts', viewer: 'admin', path: () => '/admin/staff', loaded: (p) => p.getByText(LONG_STAFF_NAME).first() },
  { name: 'Plan templates', viewer: 'admin', path: () => '/admin/templates', loaded: (p) => p.getByText(/heart failure/i).first() },
  { name: 'Account', viewer: 'coordinator', path: () => '/account', loaded: (p) => p.getByRole('heading', { level: 1 }) },
  { name: 'Search', viewer: 'coordinator', path: () => '/search?q=Rosa', loaded: (p) => p.getByRole('heading', { level: 1 }) },
  { name: 'Measures', viewer: 'coordinator', path: () => '/measures', loaded: (p) => p.getByRole('table', { name: 'Health screening within 30 days of enrollment: by month' }) },
  { name: 'Measure members', viewer: 'coordinator', path: () => '/measures/screening_within_30_days/members', loaded: (p) => p.getByRole('table', { name: 'Members behind the number' }).getByText('Rosa Delgado') },
  { name: 'Notifications', viewer: 'physician', path: () => '/notifications', loaded: (p) => p.getByRole('heading', { level: 1 }) },
];

/** Elements that reach past the right edge of the phone, to say in a failure what is too wide. */
function widestElements(page: Page): Promise<string[]> {
  return page.evaluate((width) => Array.from(document.querySelectorAll('body *'))
    .filter((e) => e.closest('thead, .visually-hidden') === null)
    .filter((e) => e.getBoundingClientRect().right > width + 0.5 && Array.from(e.children).every((c) => c.getBoundingClientRect().right <= width + 0.5))
    .slice(0, 8)
    .map((e) => `${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? `.${e.className.split(' ').join('.')}` : ''} (${Math.round(e.getBoundingClientRect().right)} px): ${(e.textContent ?? '').slice(0, 40)}`), PHONE.width);
}

/** Parts of the page that scroll sideways on their own (a wide table in a scrolling box is sideways scrolling too). */
function sidewaysScrollers(page: Page): Promise<string[]> {
  return page.evaluate(() => Array.from(document.querySelectorAll('body *'))
    .filter((e) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth + 1)
    .map((e) => `${e.tagName.toLowerCase()}.${String(e.className)} scrolls ${e.scrollWidth - e.clientWidth} px sideways`));
}

describe.skipIf(!chromiumAvailable)('browser: every page on a 390 px phone', () => {
  const harness = browserHarness();
  const signedInPages = new Map<Viewer, Promise<Page>>();
  let ids: Ids;

  /** One signed-in phone per viewer, reused by every page that viewer looks at. */
  const phoneOf = (browser: Browser, viewer: Viewer): Promise<Page> => {
    const existing = signedInPages.get(viewer);
    if (existing) return existing;
    const url = harness.server().url;
    const opened = viewer === 'nobody'
      ? browser.newContext({ viewport: PHONE }).then((c) => c.newPage())
      : signInAs(browser, url, viewer, PHONE).then(async (page) => { await page.getByRole('navigation', { name: 'Main' }).waitFor(); return page; });
    signedInPages.set(viewer, opened);
    return opened;
  };

  beforeAll(async () => {
    // Realistic, awkward data: a long patient name on the coordinator's caseload, a long staff name and e-mail,
    // a discharge reconciliation, a screening, a conference about both patients and a pending invitation.
    const url = harness.server().url;
    const coordinator = await signedIn(url, 'coordinator');
    const admin = await signedIn(url, 'admin');
    const rosa = await patientIdByName(coordinator, 'Rosa Delgado');
    const enrolledOn = new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 10);
    const patient = await (await coordinator.post('/api/patients', { name: LONG_NAME, dateOfBirth: '1948-03-09', memberNumber: 'MBR-2026-000000000123456789', enrollmentDate: enrolledOn })).json() as { id: string };
    expect((await admin.post('/api/admin/users', { name: LONG_STAFF_NAME, email: 'alexandrina.konstantinopoulou-featherstonehaugh@northside-community-health.example.org', password: 'a-long-passphrase-1' })).status).toBe(201);
    const reconciliation = await (await coordinator.post(`/api/patients/${rosa}/reconciliations`, { trigger: 'discharge' })).json() as { id: string };
    const screening = await (await coordinator.post(`/api/patients/${patient.id}/screenings`, {})).json() as { id: string };
    const conference = await (await coordinator.post('/api/conferences', {
      title: 'Thursday interdisciplinary huddle for complex members', scheduledFor: new Date(Date.now() + 3_600_000).toISOString(),
      agenda: [{ patientId: patient.id, topic: 'Transportation to dialysis three times a week and a new housing application' }, { patientId: rosa, topic: 'Housing' }], inviteeIds: [],
    })).json() as { id: string };
    const invitation = await (await coordinator.post(`/api/patients/${rosa}/invitations`, { email: 'nephew@example.org', relationship: 'Nephew', consentMethod: 'verbal' })).json() as { link: string };
    ids = { longPatient: patient.id, rosa, reconciliation: reconciliation.id, screening: screening.id, conference: conference.id, invitationToken: invitation.link.split('/invite/')[1]! };
  });

  it.each(PAGES)('$name ($viewer): no sideways scrolling, no axe violations', async (entry) => {
    const page = await phoneOf(harness.browser(), entry.viewer);
    await page.goto(`${harness.server().url}${entry.path(ids)}`);
    await entry.loaded(page).waitFor();
    if (entry.tab) {
      await page.getByRole('tab', { name: entry.tab }).click();
      await page.getByRole('tabpanel').first().waitFor();
    }
    await page.screenshot({ path: `test-results/narrow-${entry.name.replace(/\W+/g, '-').toLowerCase()}.png`, fullPage: true });
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, (await widestElements(page)).join('\n')).toBeLessThanOrEqual(PHONE.width);
    expect(await sidewaysScrollers(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });
});
