import { expect as baseExpect, test } from '@playwright/test';
import { expectAccessible } from '../helpers';
import { DEMO, signIn } from '../support/auth';
import { waitForMail } from '../support/mailbox';
import { newConfirmedUser, PASSWORD, uniqueEmail } from '../accounts/signup-helper';

// several accounts, mails and long forms per test: slow steps on a busy shared machine get more time
const expect = baseExpect.configure({ timeout: 20_000 });

// sign-ups, mails and several accounts per test: generous on a busy machine
test.describe.configure({ timeout: 120_000 });

const ORG = 'latvijas-majrazotaju-un-mazo-razotaju-informacijas-un-atbalsta-biedriba';
const WORKSPACE = `/lv/organizacijas/${ORG}/darbs`;

test('an admin adds a coordinator, who invites an editor; the editor signs up with the invited address and joins', async ({ browser }) => {
	// a new person with an account becomes the coordinator
	const coordinatorPage = await (await browser.newContext()).newPage();
	const coordinator = await newConfirmedUser(coordinatorPage, 'Koordinatore Testa', 'koord');

	const admin = await (await browser.newContext()).newPage();
	await signIn(admin, DEMO.admin);
	await admin.goto(`/lv/admin/organizacijas/${ORG}`);
	await admin.getByLabel('E-pasts').fill(coordinator);
	await admin.getByLabel('Loma', { exact: true }).selectOption('coordinator');
	await admin.getByRole('button', { name: 'Pievienot' }).click();
	await expect(admin.getByRole('status')).toHaveText(`${coordinator} pievienots komandai.`);
	await expect(admin.getByRole('cell', { name: coordinator })).toBeVisible();
	await expectAccessible(admin);

	// the coordinator finds the workspace from the account menu and invites an editor
	await signIn(coordinatorPage, coordinator, PASSWORD);
	await coordinatorPage.getByRole('link', { name: 'Darba vieta' }).click();
	await expect(coordinatorPage).toHaveURL(new RegExp(`${WORKSPACE}$`));
	await expect(coordinatorPage.getByRole('heading', { name: 'Darba vieta', level: 1 })).toBeVisible();
	await expectAccessible(coordinatorPage);
	await coordinatorPage.getByRole('navigation', { name: 'Darba vietas sadaļas' }).getByRole('link', { name: 'Komanda' }).click();
	const editor = uniqueEmail('redaktors');
	// a typo is caught and named before anything is sent, and what was typed stays
	await coordinatorPage.getByLabel('E-pasts').fill('redaktors-bez-domena');
	await coordinatorPage.getByRole('button', { name: 'Uzaicināt' }).click();
	await expect(coordinatorPage.getByRole('alert')).toContainText('Ievadiet e-pasta adresi');
	await expect(coordinatorPage.getByLabel('E-pasts')).toHaveValue('redaktors-bez-domena');
	await coordinatorPage.getByLabel('E-pasts').fill(editor);
	await coordinatorPage.getByRole('button', { name: 'Uzaicināt' }).click();
	await expect(coordinatorPage.getByRole('status')).toHaveText(`Ielūgums nosūtīts uz ${editor}.`);
	await expect(coordinatorPage.getByRole('listitem').filter({ hasText: editor })).toContainText('redaktors');
	await expectAccessible(coordinatorPage);

	// the invitation link: not signed in yet → create the account with that address, then open the link again
	const mail = await waitForMail(editor, { subject: /Ielūgums pievienoties komandai/ });
	const link = mail.links.find((l) => l.includes('/ielugums?token='))!;
	const editorPage = await (await browser.newContext()).newPage();
	await editorPage.goto(link);
	await expect(editorPage.getByText('Jūs esat uzaicināts pievienoties organizācijas')).toBeVisible();
	await expectAccessible(editorPage);
	await newConfirmedUser(editorPage, 'Redaktors Testa', 'redaktors', editor);
	await signIn(editorPage, editor, PASSWORD);
	await editorPage.goto(link);
	await editorPage.getByRole('button', { name: 'Pievienoties komandai' }).click();
	await expect(editorPage).toHaveURL(new RegExp(`${WORKSPACE}$`));
	// an editor sees the team but neither the participants nor the invitation form
	const tabs = editorPage.getByRole('navigation', { name: 'Darba vietas sadaļas' });
	await expect(tabs.getByRole('link', { name: 'Komanda' })).toBeVisible();
	await expect(tabs.getByRole('link', { name: 'Dalībnieki' })).toHaveCount(0);
	await tabs.getByRole('link', { name: 'Komanda' }).click();
	await expect(editorPage.getByRole('cell', { name: editor })).toBeVisible();
	await expect(editorPage.getByRole('button', { name: 'Uzaicināt' })).toHaveCount(0);

	// the used link cannot be used again
	await editorPage.goto(link);
	await expect(editorPage.getByText('Šis ielūgums jau ir pieņemts.')).toBeVisible();
});

test('staff of another organisation get 403 in this workspace, and so does a forged invitation post', async ({ page, request }) => {
	await signIn(page, 'pieriga@demo.tuvuma.lv');
	const res = await page.goto(WORKSPACE);
	expect(res?.status()).toBe(403);
	const own = await page.goto('/lv/organizacijas/pierigas-partneriba/darbs');
	expect(own?.status()).toBe(200);
	// posting the invite form of someone else's workspace is refused by the server, not just hidden
	const cookies = await page.context().cookies();
	const forged = await request.post(`${WORKSPACE}/komanda?/invite`, {
		form: { email: 'uzbrucejs@example.lv', role: 'coordinator' },
		headers: { cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; '), origin: new URL(page.url()).origin, accept: 'application/json' }
	});
	expect(forged.status()).toBe(403);
});

test('visitors are sent to sign in; members without a workspace are told so', async ({ page }) => {
	await page.goto(WORKSPACE);
	await expect(page).toHaveURL(/\/lv\/ienakt\?next=/);
	await signIn(page, DEMO.member);
	await page.goto('/lv/darbs');
	await expect(page.getByText('Jūs vēl nestrādājat nevienas organizācijas komandā.')).toBeVisible();
	await expectAccessible(page);
});
