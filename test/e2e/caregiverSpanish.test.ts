import type { CreatedInvitation } from '@carehuddle/shared';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessibleIn } from '../support/axe';
import { chromiumAvailable } from '../support/browser';
import { ApiClient, patientIdByName, signedIn } from '../support/http';
import { browserHarness, openPlanOf, signInAs } from './harness';

const EMAIL = 'hijo.delgado@example.org';
const PASSWORD = 'una contraseña larga para Marco';

/** A visitor whose browser asks for `locale` first (navigator.languages), in a context of their own. */
async function visitor(browser: Browser, locale: string): Promise<Page> {
  const page = await (await browser.newContext({ locale, viewport: { width: 1200, height: 900 } })).newPage();
  page.setDefaultTimeout(10_000);
  return page;
}

describe.skipIf(!chromiumAvailable)('browser: a Spanish-speaking caregiver reads the plan review in Spanish', () => {
  const harness = browserHarness();

  it('1. invited in Spanish; 2. the invitation page follows the browser; 3. the review page is in Spanish, the notes panel, presence, plan items and suggest a goal included; 4. switches to English and back; 5. the family home in both', async () => {
    const [browser, server] = [harness.browser(), harness.server()];
    const coordinator = await signedIn(server.url, 'coordinator');
    const invite = async (patientName: string): Promise<string> => {
      const res = await coordinator.post(`/api/patients/${await patientIdByName(coordinator, patientName)}/invitations`, {
        email: EMAIL, relationship: 'hijo', consentMethod: 'verbal', proposeGoals: true, language: 'es',
      });
      expect(res.status).toBe(201);
      return ((await res.json()) as CreatedInvitation).link;
    };

    // 1–2. The coordinator invites Rosa's son, who reads Spanish. The invitation page speaks the browser's language, in both.
    const link = await invite('Rosa Delgado');
    const english = await visitor(browser, 'en-US');
    await english.goto(link);
    await english.getByRole('heading', { name: "Maya Chen invited you to Rosa's care plan" }).waitFor();
    await expectAccessibleIn(english, 'en');
    const son = await visitor(browser, 'es-MX');
    await son.goto(link);
    await son.getByRole('heading', { name: 'Maya Chen le invitó al plan de cuidado de Rosa' }).waitFor();
    await expectAccessibleIn(son, 'es');

    // 3. He accepts; his account starts in Spanish (the coordinator's choice), so the review page is in Spanish.
    await son.getByLabel('Su nombre').fill('Marco Delgado');
    await son.getByLabel('Elija una contraseña').fill(PASSWORD);
    await son.getByRole('button', { name: 'Aceptar y continuar' }).click();
    await son.getByRole('heading', { name: 'El plan de Rosa', exact: true }).waitFor();
    await son.getByRole('heading', { name: 'Lo que Rosa quiere lograr' }).waitFor();
    await son.getByRole('heading', { name: 'El equipo de cuidado de Rosa', exact: true }).waitFor();
    // The parts the page shares with the member portal and the staff app read Spanish too: who is here (the coordinator opens
    // Rosa's plan; her role badge too), the plan's items, the messages.
    await openPlanOf(await signInAs(browser, server.url, 'coordinator'), 'Rosa Delgado');
    const present = son.getByRole('list', { name: 'Personas en este plan ahora' }).getByRole('listitem').filter({ hasText: 'Maya Chen' });
    await present.getByText('Coordinador(a) de cuidado').waitFor();
    const walkGoal = son.locator('#goals .plan-item').filter({ hasText: 'Walk to the corner store' });
    await walkGoal.getByText('Lograrlo para').waitFor();
    await walkGoal.getByRole('button', { name: 'Conversar sobre Walk to the corner store and back without getting short of breath' }).waitFor();
    const messages = son.getByRole('region', { name: /^Mensajes con el equipo de cuidado de Rosa/ });
    await messages.getByLabel('Nuevo mensaje').fill('¿Cómo le fue a mi mamá en la cita?');
    await messages.getByRole('button', { name: 'Enviar', exact: true }).click();
    const thread = messages.getByRole('button', { name: /¿Cómo le fue a mi mamá en la cita\?/ });
    await thread.getByText('0 respuestas').waitFor();
    await messages.getByRole('group', { name: /^Mostrar conversaciones/ }).getByLabel('Todas').waitFor();
    await thread.click();
    await messages.getByLabel('Responder').waitFor();
    // He suggests a goal for his mother: the form and its thanks read Spanish.
    const suggest = son.getByRole('region', { name: 'Sugerir una meta' });
    await suggest.getByLabel('La meta, en sus propias palabras').fill('Volver a cocinar los domingos');
    await suggest.getByRole('button', { name: 'Enviar sugerencia' }).click();
    await suggest.getByRole('status').getByText('Gracias. «Volver a cocinar los domingos» aparece ahora en las metas').waitFor();
    await son.locator('#goals .plan-item').filter({ hasText: 'Volver a cocinar los domingos' }).getByText('Lo sugirió').waitFor();
    await expectAccessibleIn(son, 'es');
    await son.screenshot({ path: '/tmp/caregiver-review-spanish.png', fullPage: true });

    // 4. He switches to English: the headings follow at once, and so does a reload (the choice is saved); then back to Spanish.
    await son.getByRole('button', { name: 'English' }).click();
    await son.getByRole('heading', { name: "Rosa's plan", exact: true }).waitFor();
    await son.getByRole('heading', { name: 'What Rosa wants to work on' }).waitFor();
    await son.getByRole('region', { name: /^Messages with Rosa's care team/ }).getByText('0 replies').waitFor();
    await son.getByRole('list', { name: 'People in this plan now' }).getByText('Care coordinator').waitFor();
    await son.getByRole('region', { name: 'Suggest a goal' }).getByLabel('The goal, in your own words').waitFor();
    await expectAccessibleIn(son, 'en');
    await son.reload();
    await son.getByRole('heading', { name: "Rosa's plan", exact: true }).waitFor();
    await son.getByRole('button', { name: 'Español' }).click();
    await son.getByRole('heading', { name: 'El plan de Rosa', exact: true }).waitFor();
    await expectAccessibleIn(son, 'es');

    // 5. Invited to a second plan (his account exists: his password only), his home lists both plans, in his language.
    const second = await invite('Amara Okafor');
    const accepted = await new ApiClient(server.url).post(`/api/invitations/${second.split('/invite/')[1]!}/accept`, { name: 'Marco Delgado', password: PASSWORD });
    expect(accepted.status).toBe(201);
    await son.goto(`${server.url}/`);
    await son.getByRole('heading', { name: 'Planes compartidos con usted' }).waitFor();
    await son.getByRole('link', { name: 'Abrir el plan de Rosa' }).waitFor();
    await expectAccessibleIn(son, 'es');
    await son.getByRole('button', { name: 'English' }).click();
    await son.getByRole('heading', { name: 'Plans shared with you' }).waitFor();
    await son.getByRole('link', { name: 'Open plan review for Rosa' }).waitFor();
    await expectAccessibleIn(son, 'en');
  }, 120_000);
});
