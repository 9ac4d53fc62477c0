import { expect, test } from '@playwright/test';
import { expectAccessible } from '../helpers';
import { DEMO, signIn } from '../support/auth';

const stamp = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;

// a preview, an import job and a reindex job on a shared two-core machine take more than the default 30 s
test.describe.configure({ timeout: 90_000 });

test('an admin uploads a CSV, sees the preview with errors, confirms, follows the progress and the report; the producer is public', async ({ page }) => {
	const id = stamp();
	const name = `Importa drava ${id}`;
	const csv = [
		'Nosaukums;Novads;Pagasts;Produkti;Tālrunis;E-pasts;Piezīmes',
		`${name};Siguldas nov.;Siguldas pagasts;Liepu medus, Griķu medus;29${id.slice(-6)};drava${id}@example.lv;zvanīt vakarā`,
		`Kļūdainā rinda ${id};Siguldass;;Medus;12345;nav-epasta;`
	].join('\r\n');

	await signIn(page, DEMO.admin);
	await page.goto('/lv/admin/imports');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ražotāju imports');
	await expectAccessible(page);
	await page.getByLabel('Fails (CSV vai XLSX)').setInputFiles({ name: `drava-${id}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
	await page.getByLabel('Publicēts uzreiz').check();
	await page.getByRole('button', { name: 'Priekšskatīt' }).click();

	// the preview: a dry run in a job, then the report with the problems of row 3
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Priekšskatījums: drava-${id}.csv`, { timeout: 20_000 });
	await expect(page.getByText('Rindas: 2 · jauni: 1 · atjaunināti: 0 · izlaisti: 1')).toBeVisible();
	await expect(page.getByText('Nezināmas kolonnas (netiek importētas): Piezīmes')).toBeVisible();
	const issues = page.getByRole('region', { name: 'Problēmas' });
	await expect(issues.getByRole('row').filter({ hasText: 'Siguldass' })).toContainText('Nezināms novads. Vai domājāt: Siguldas novads?');
	await expect(issues.getByRole('row').filter({ hasText: 'nav-epasta' })).toContainText('Nederīga e-pasta adrese');
	await expect(issues.getByRole('row').filter({ hasText: '12345' })).toContainText('Tālrunis nav Latvijas');
	await expect(page.getByRole('region', { name: 'Pirmās rindas, kā tās tiks importētas' })).toContainText(name);
	await expectAccessible(page);

	await page.getByRole('button', { name: 'Apstiprināt un importēt' }).click();
	// progress (queued / running) and then the final report; the bar is announced
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Importa pārskats: drava-${id}.csv`, { timeout: 30_000 });
	await expect(page.getByText('Rindas: 2 · jauni: 1 · atjaunināti: 0 · izlaisti: 1')).toBeVisible();
	await expect(page.getByText('Pabeigts')).toBeVisible();
	await expectAccessible(page);

	const slug = `importa-drava-${id}`;
	await page.goto(`/lv/razotaji/${slug}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
	await expect(page.getByText('Siguldas novads').first()).toBeVisible();
});

test('the progress page shows a progress bar while the job waits, and refreshes itself without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await signIn(page, DEMO.admin); // the sign-in form works without JS too
	await page.goto('/lv/admin/imports');
	await page.getByLabel('Fails (CSV vai XLSX)').setInputFiles({ name: 'nojs.csv', mimeType: 'text/csv', buffer: Buffer.from(`name,municipality\nBez JS ${stamp()},Rīga\n`) });
	await page.getByRole('button', { name: 'Priekšskatīt' }).click();
	// either still running (a bar and a refresh) or already checked (the preview)
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Priekšskatījums: nojs.csv');
	await expect(page.getByText('Rindas: 1 · jauni: 1 · atjaunināti: 0 · izlaisti: 0')).toBeVisible({ timeout: 20_000 });
	await context.close();
});

test('a signed-in member gets 403, an anonymous visitor is sent to sign in', async ({ page }) => {
	const anonymous = await page.goto('/lv/admin/imports');
	expect(new URL(page.url()).pathname).toBe('/lv/ienakt');
	expect(anonymous?.status()).toBe(200);
	await signIn(page, DEMO.member);
	const res = await page.goto('/lv/admin/imports');
	expect(res?.status()).toBe(403);
	const post = await page.request.post('/lv/admin/imports', { multipart: { file: { name: 'x.csv', mimeType: 'text/csv', buffer: Buffer.from('name,municipality\nX,Rīga\n') } }, headers: { origin: new URL(page.url()).origin } });
	expect(post.status()).toBe(403);
});

test('the admin home links to imports; the sample file downloads and previews without a problem; columns and problems are named in the reader’s language', async ({ page }) => {
	await signIn(page, DEMO.admin);
	await page.goto('/en/admin');
	await page.getByRole('link', { name: 'Import producers' }).click();
	await expect(page).toHaveURL(/\/en\/admin\/imports$/);
	await page.getByText('Columns', { exact: true }).click();
	await expect(page.getByRole('row').filter({ hasText: 'phone' }).first()).toContainText('Phone');
	await expect(page.getByRole('row').filter({ hasText: 'municipality' })).toContainText('*');
	await expectAccessible(page);
	await page.setViewportSize({ width: 375, height: 800 });
	expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
	await page.setViewportSize({ width: 1280, height: 800 });

	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download a sample file (CSV)' }).click()]);
	const sample = await download.path().then((p) => import('node:fs').then((fs) => fs.readFileSync(p)));
	expect(sample.toString('utf8')).toContain('external_id;name;kind;municipality');

	// a copy with its own ids (the sample's may have been imported by an earlier run) and one bad e-mail
	const id = stamp();
	const csv = sample.toString('utf8').replaceAll('paraugs-', `paraugs-${id}-`).replaceAll('Paraugu ', `Paraugu ${id} `).replace('medus@example.lv', 'nav-epasta');
	await page.getByLabel('File (CSV or XLSX)').setInputFiles({ name: `sample-${id}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
	await page.getByRole('button', { name: 'Preview' }).click();
	await expect(page.getByText('Rows: 2 · new: 1 · updated: 0 · skipped: 1')).toBeVisible({ timeout: 20_000 });
	await expect(page.getByRole('region', { name: 'Problems' }).getByRole('row').filter({ hasText: 'nav-epasta' })).toContainText('E-mail');
});
