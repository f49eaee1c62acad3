import type { CreatedInvitation, PlanVersionSummary } from '@carehuddle/shared';
import { describe, expect, it } from 'vitest';
import { expectAccessibleIn } from '../support/axe';
import { chromiumAvailable } from '../support/browser';
import { patientIdByName, signedIn } from '../support/http';
import { browserHarness } from './harness';

describe.skipIf(!chromiumAvailable)('browser: a Spanish-speaking member reads and uses their own portal in Spanish', () => {
  const harness = browserHarness();

  it('1. invited in Spanish; 2. accepts on a phone; 3. the whole portal reads Spanish; 4. writes to the team and agrees with the plan in Spanish; 5. switches to English and back', async () => {
    const [browser, server] = [harness.browser(), harness.server()];
    const coordinator = await signedIn(server.url, 'coordinator');
    const walterId = await patientIdByName(coordinator, 'Walter Kim');

    // 1. The coordinator invites Walter, who reads Spanish, and signs off his plan.
    const invited = await coordinator.post(`/api/patients/${walterId}/member-invitations`, { email: 'walter.kim@example.org', language: 'es' });
    expect(invited.status).toBe(201);
    const { link } = (await invited.json()) as CreatedInvitation;
    const signedOff = await coordinator.post(`/api/patients/${walterId}/plan/versions`, { title: 'Revisión anual' });
    expect(signedOff.status).toBe(201);
    expect(((await signedOff.json()) as PlanVersionSummary).title).toBe('Revisión anual');

    // 2. He opens the link on his phone, whose browser asks for Spanish, and sets up his account.
    const walter = await (await browser.newContext({ locale: 'es-US', viewport: { width: 390, height: 844 } })).newPage();
    walter.setDefaultTimeout(10_000);
    await walter.goto(link);
    await walter.getByRole('heading', { name: 'Maya Chen le invitó a su propio plan de cuidado' }).waitFor();
    await walter.getByLabel('Su nombre').fill('Walter Kim');
    await walter.getByLabel('Elija una contraseña').fill('una contraseña larga para Walter');
    await walter.getByRole('button', { name: 'Aceptar y continuar' }).click();

    // 3. His portal, and the parts it shares with the caregiver's page and the staff app, are in Spanish.
    await walter.getByRole('heading', { name: 'Su plan de atención', exact: true }).waitFor();
    await walter.getByRole('heading', { name: 'Lo que usted quiere lograr' }).waitFor();
    const messages = walter.getByRole('region', { name: /^Mensajes con su equipo de atención/ });
    await messages.getByLabel('Nuevo mensaje').waitFor();
    await messages.getByText('Todavía no hay mensajes.').waitFor();
    const suggest = walter.getByRole('region', { name: 'Sugerir una meta' });
    await suggest.getByText('¿Hay algo que le gustaría lograr?').waitFor();
    await walter.getByRole('heading', { name: 'Próximas reuniones sobre su atención' }).waitFor();
    await walter.getByRole('button', { name: 'English', exact: true }).waitFor();
    await walter.locator('#goals').waitFor();
    expect(await walter.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectAccessibleIn(walter, 'es');

    // 4. He writes to his team: the thread reads Spanish (its reply count, its badge).
    await messages.getByLabel('Nuevo mensaje').fill('¿Puedo cambiar la cita del martes?');
    await messages.getByRole('button', { name: 'Enviar', exact: true }).click();
    const thread = messages.getByRole('button', { name: /¿Puedo cambiar la cita del martes\?/ });
    await thread.getByText('0 respuestas').waitFor();
    await thread.getByText('Compartido con la familia').waitFor();
    await thread.click();
    await messages.getByLabel('Responder').waitFor();
    // He suggests a goal: the thanks reads Spanish, and the goal shows with its fields in Spanish.
    await suggest.getByLabel('La meta, en sus propias palabras').fill('Caminar veinte minutos al día');
    await suggest.getByRole('button', { name: 'Enviar sugerencia' }).click();
    await suggest.getByRole('status').getByText('Gracias. «Caminar veinte minutos al día» aparece ahora en las metas').waitFor();
    const goal = walter.locator('#goals .plan-item').filter({ hasText: 'Caminar veinte minutos al día' });
    await goal.getByText('Lo sugirió').waitFor();
    await goal.getByRole('button', { name: 'Conversar sobre Caminar veinte minutos al día' }).waitFor();
    // He agrees with the signed plan.
    const approval = walter.getByRole('region', { name: '¿Está de acuerdo con su plan?' });
    await approval.getByText('aprobó «Revisión anual»').waitFor();
    await approval.getByRole('button', { name: 'Estoy de acuerdo con este plan' }).click();
    await approval.getByRole('status').getByText('Usted dio su acuerdo a este plan el').waitFor();
    await expectAccessibleIn(walter, 'es');
    await walter.screenshot({ path: '/tmp/member-portal-spanish.png', fullPage: true });

    // 5. In English the same page reads English (his choice is saved), and back to Spanish.
    await walter.getByRole('button', { name: 'English', exact: true }).click();
    await walter.getByRole('heading', { name: 'Your care plan', exact: true }).waitFor();
    await walter.getByRole('region', { name: /^Messages with your care team/ }).getByText('0 replies').waitFor();
    await walter.getByRole('region', { name: 'Suggest a goal' }).getByText('Is there something you would like to work on?').waitFor();
    await walter.getByRole('heading', { name: 'Upcoming meetings about your care' }).waitFor();
    await walter.getByRole('region', { name: 'Do you agree with your plan?' }).getByText('You agreed with this plan on').waitFor();
    await expectAccessibleIn(walter, 'en');
    await walter.getByRole('button', { name: 'Español' }).click();
    await walter.getByRole('heading', { name: 'Su plan de atención', exact: true }).waitFor();
    await expectAccessibleIn(walter, 'es');
  }, 120_000);
});
