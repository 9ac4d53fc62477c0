import { expect, test } from '@playwright/test';
import { expectAccessible } from '../helpers';
import { signIn } from '../support/auth';
import { waitForMail } from '../support/mailbox';
import { daysAhead, ORG, STAFF, uniqueEmail } from '../events/flow';
import { apiGet } from '../api/contract';

// a shared two-core machine: pages with axe checks and mail round trips need more than the default 30 s
test.describe.configure({ timeout: 300_000 });

test('a coordinator runs a mentoring cohort; a visitor applies without an account, confirms by mail and is accepted with a message', async ({ browser, request }) => {
	const stamp = Date.now().toString(36);
	const title = `Sociālās uzņēmējdarbības mentorings ${stamp}`;
	const cohortTitle = `Pavasara kohorta ${stamp}`;

	// the coordinator creates a published mentoring programme, a cohort taking applications, and one required question
	const staff = await (await browser.newContext()).newPage();
	await signIn(staff, STAFF.coordinator);
	await staff.goto(`/lv/organizacijas/${ORG}/darbs`);
	await staff.getByRole('link', { name: 'Jauna programma' }).click();
	await staff.getByLabel('Veids', { exact: true }).selectOption('mentoring');
	await staff.getByLabel('Nosaukums', { exact: true }).fill(title);
	await staff.getByLabel('Īss apraksts', { exact: true }).fill('Piecu mēnešu programma tiem, kas sāk sociālo uzņēmumu.');
	await staff.getByRole('radio', { name: 'Publicēta' }).check();
	await staff.getByRole('button', { name: 'Saglabāt' }).click();
	await expect(staff.getByRole('heading', { level: 1, name: title })).toBeVisible();

	await staff.getByRole('link', { name: 'Jauna kohorta' }).click();
	await staff.getByLabel('Kohortas nosaukums', { exact: true }).fill(cohortTitle);
	await staff.getByLabel('Sākums', { exact: true }).fill(daysAhead(30));
	await staff.getByLabel('Beigas', { exact: true }).fill(daysAhead(180));
	await staff.getByLabel('Pieteikšanās sākas').fill(daysAhead(-1));
	await staff.getByLabel('Pieteikšanās beidzas').fill(daysAhead(20));
	await staff.getByLabel('Vietu skaits').fill('10');
	await staff.getByRole('radio', { name: 'Publicēta' }).check();
	await staff.getByRole('button', { name: 'Saglabāt' }).click();
	await expect(staff.getByRole('heading', { level: 1, name: /Pieteikuma anketa/ })).toBeVisible();

	const add = staff.locator('form[action="?/addQuestion"]');
	await add.getByLabel('Jautājuma veids').selectOption('short_text');
	await add.getByLabel('Jautājums', { exact: true }).fill('Jūsu biznesa ideja');
	await add.locator('button[type=submit]').click();
	await staff.getByLabel('Obligāts jautājums').check();
	await staff.getByRole('button', { name: 'Saglabāt jautājumu' }).click();
	await expect(staff.getByText('Jūsu biznesa ideja').first()).toBeVisible();
	await expect(staff.getByText('obligāts', { exact: false }).first()).toBeVisible();

	// a visitor finds it on the public list, reads it and applies
	const email = uniqueEmail('marta');
	const visitor = await (await browser.newContext()).newPage();
	await visitor.goto('/lv/programmas');
	await visitor.getByRole('link', { name: title }).click();
	await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
	const slug = new URL(visitor.url()).pathname.split('/').pop()!;
	await expect(visitor.getByText('Pieteikšanās atvērta').first()).toBeVisible();
	await expectAccessible(visitor);
	await visitor.getByRole('link', { name: new RegExp(`^Pieteikties\\s*: ${cohortTitle}$`) }).click();
	await expect(visitor.getByRole('heading', { level: 1, name: /Pieteikums/ })).toBeVisible();
	await expectAccessible(visitor);

	// a refused submit keeps what was typed and says what is missing
	await visitor.getByLabel('Vārds, uzvārds').fill('Marta Liepa');
	await visitor.getByLabel('Izglītība').check();
	await visitor.getByRole('button', { name: 'Iesniegt pieteikumu' }).click();
	await expect(visitor.getByRole('alert').first()).toContainText('Jūsu biznesa ideja');
	await expect(visitor.getByLabel('Vārds, uzvārds')).toHaveValue('Marta Liepa');
	await expect(visitor.getByLabel('Izglītība')).toBeChecked();
	await expectAccessible(visitor);

	await visitor.getByLabel('E-pasts', { exact: true }).fill(email);
	await visitor.getByLabel('Novads').selectOption({ index: 3 });
	await visitor.getByLabel('Kāds atbalsts jums vajadzīgs?').fill('Biznesa plāns un grāmatvedība');
	await visitor.getByLabel(/Jūsu biznesa ideja/).fill('Kafejnīca, kurā strādā cilvēki ar invaliditāti');
	await visitor.getByLabel(/Piekrītu/).check();
	await visitor.getByRole('button', { name: 'Iesniegt pieteikumu' }).click();
	await expect(visitor.getByText(`Nosūtījām saiti uz ${email}`)).toBeVisible();

	const confirm = await waitForMail(email, { subject: /Apstipriniet pieteikumu/ });
	await visitor.goto(confirm.links.find((l) => l.includes('/apstiprinat-e-pastu'))!);
	await visitor.getByRole('button', { name: 'Apstiprināt', exact: true }).click();
	await expect(visitor.getByText(/pieteikums apstiprināts/)).toBeVisible();
	await waitForMail(email, { subject: /Pieteikums saņemts/ });

	// the same person cannot apply twice
	await visitor.goBack();
	await visitor.goto(new URL(visitor.url()).origin + '/lv/programmas');
	await visitor.getByRole('link', { name: new RegExp(`^Pieteikties\\s*: ${cohortTitle}$`) }).click();
	await visitor.getByLabel('Vārds, uzvārds').fill('Marta Liepa');
	await visitor.getByLabel('E-pasts', { exact: true }).fill(email);
	await visitor.getByLabel(/Jūsu biznesa ideja/).fill('Vēlreiz');
	await visitor.getByLabel(/Piekrītu/).check();
	await visitor.getByRole('button', { name: 'Iesniegt pieteikumu' }).click();
	await expect(visitor.getByText(/jau esat pieteicies šai kohortai/)).toBeVisible();

	// the coordinator reads the application and accepts it with a message
	await staff.goto(`/lv/organizacijas/${ORG}/darbs/programmas`);
	await staff.getByRole('link', { name: title }).click();
	await staff.getByRole('link', { name: 'Pieteikumi (jauni: 1)' }).click();
	await expect(staff.getByRole('heading', { level: 2, name: 'Marta Liepa' })).toBeVisible();
	await expect(staff.getByText('Kafejnīca, kurā strādā cilvēki ar invaliditāti')).toBeVisible();
	await expect(staff.getByRole('link', { name: 'Mentoru un dalībnieku saskaņošana' })).toHaveAttribute('href', /\/darbs\/saparosana\//);
	await staff.getByLabel('Ziņa pieteicējam (nav obligāta)').fill('Laipni lūdzam! Pirmā tikšanās pirmdien.');
	await staff.getByRole('button', { name: /^Uzņemt\s*: Marta Liepa$/ }).click();
	await expect(staff.getByText('Lēmums saglabāts')).toBeVisible();
	await expectAccessible(staff);

	const accepted = await waitForMail(email, { subject: /Jūs esat uzņemts/ });
	expect(accepted.text).toContain('Laipni lūdzam! Pirmā tikšanās pirmdien.');
	expect(accepted.subject).toContain(title);

	// the API (checked against the served OpenAPI document) shows the public parts: one place fewer, no applicant
	const one = await apiGet<{ data: { name: string; cohorts: { name: string; phase: string; places_left: number }[] } }>(request, `/api/v1/programmes/${slug}?lang=en`);
	expect(one.status).toBe(200);
	expect(one.body.data.cohorts[0]).toMatchObject({ name: cohortTitle, phase: 'applying', places_left: 9 });
	expect(JSON.stringify(one.body)).not.toContain(email);
	const list = await apiGet<{ data: { slug: string; open_for_applications: boolean }[] }>(request, '/api/v1/programmes?per_page=100');
	expect(list.body.data.find((p) => p.slug === slug)).toMatchObject({ open_for_applications: true });
	expect((await apiGet(request, '/api/v1/programmes/nav-tadas-programmas')).status).toBe(404);
});
