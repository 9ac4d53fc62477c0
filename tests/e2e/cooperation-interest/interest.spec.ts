// Issue 19 in Russian: a sender expresses interest → the owner sees who and why but no contacts →
// accepts → both see the other's contacts → a message → the outcome "agreement signed"; axe clean.
import { expect as baseExpect, test } from '@playwright/test';
import { expectAccessible } from '../helpers';
import { DEMO, signIn } from '../support/auth';

const expect = baseExpect.configure({ timeout: 20_000 });
// three people sign in and four pages are checked with axe: 21 s on an idle machine, over 30 s on a busy one
test.describe.configure({ timeout: 120_000 });
const SENDER = 'pieriga@demo.tuvuma.lv'; // staff of a partnership, not an owner of the Kalnmuižas listing
const PROFILE = { slug: 'e2e-sadarbiba-siers', email: 'kalnmuiza.kontakti@example.lv', phone: '+371 2900 0001' }; // cooperation-interest/test-seed.ts
const MINE = { email: 'agro.nord@example.md', phone: '+373 6900 0002' };

test('express interest, accept, contacts, a message and an agreement (ru, no JavaScript needed)', async ({ browser }) => {
	const senderCtx = await browser.newContext({ locale: 'ru-RU' });
	const ownerCtx = await browser.newContext({ locale: 'ru-RU' });
	const sender = await senderCtx.newPage();
	const owner = await ownerCtx.newPage();

	// anonymous: the form asks to sign in first and comes back
	await sender.goto(`/ru/sadarbiba/${PROFILE.slug}/interese`);
	await expect(sender).toHaveURL(/\/ru\/ienakt\?next=/);

	await signIn(sender, SENDER, undefined, 'ru');
	await sender.goto(`/ru/sadarbiba/${PROFILE.slug}/interese`);
	await expect(sender.getByRole('heading', { level: 1, name: 'Выразить интерес' })).toBeVisible();
	await expect(sender.locator('body')).not.toContainText(PROFILE.email);
	await expectAccessible(sender);
	await sender.getByLabel('Ваше имя или организация').fill('Agro Nord SRL');
	// a missing reason is refused and nothing typed is lost
	await sender.getByLabel('Телефон (необязательно)').fill(MINE.phone);
	await sender.getByLabel('Электронная почта').fill(MINE.email);
	await sender.getByRole('button', { name: 'Отправить интерес' }).click();
	await expect(sender.locator('#e-message')).toBeVisible();
	await expect(sender.getByLabel('Телефон (необязательно)')).toHaveValue(MINE.phone);
	await sender.getByLabel('Почему вас интересует это сотрудничество?').fill('Хотим продавать ваш сыр на рынке в Бельцах.');
	await sender.getByRole('button', { name: 'Отправить интерес' }).click();
	await expect(sender.getByText('Ваш интерес отправлен.')).toBeVisible();
	await expect(sender.getByText('Ожидает ответа')).toBeVisible();
	await expect(sender.locator('body')).not.toContainText(PROFILE.email);
	const interestUrl = sender.url().replace(/\?.*$/, '');

	// the owner: who and why, no contacts yet
	await signIn(owner, DEMO.producer, undefined, 'ru');
	await owner.goto('/ru/mans/sadarbiba');
	await owner.getByRole('link', { name: 'Сыр и мёд для дистрибьюторов в Молдове' }).first().click();
	await expect(owner.getByRole('heading', { level: 1, name: /Agro Nord SRL/ })).toBeVisible();
	await expect(owner.getByText('Хотим продавать ваш сыр')).toBeVisible();
	for (const secret of [MINE.email, MINE.phone]) await expect(owner.locator('body')).not.toContainText(secret);
	await expectAccessible(owner);
	await owner.getByRole('button', { name: 'Принять' }).click();
	await expect(owner.getByText('Интерес принят')).toBeVisible();
	await expect(owner.getByRole('link', { name: MINE.email })).toBeVisible();
	await expect(owner.locator('body')).not.toContainText(PROFILE.email);

	// the sender now sees the profile's contacts and writes
	await sender.goto(interestUrl);
	await expect(sender.getByRole('link', { name: PROFILE.email })).toBeVisible();
	await expect(sender.getByText(PROFILE.phone)).toBeVisible();
	await sender.getByLabel('Новое сообщение').fill('Здравствуйте! Когда удобно созвониться?');
	await sender.getByRole('button', { name: 'Отправить', exact: true }).click();
	await expect(sender.getByText('Сообщение отправлено.')).toBeVisible();
	await expectAccessible(sender);

	// the owner reads it and records the signed agreement
	await owner.goto(interestUrl);
	await expect(owner.getByText('Здравствуйте! Когда удобно созвониться?')).toBeVisible();
	await owner.getByLabel('Что произошло').selectOption({ label: 'Соглашение подписано' });
	await owner.getByLabel('Дата').fill(new Date().toISOString().slice(0, 10));
	await owner.getByRole('button', { name: 'Записать результат' }).click();
	await expect(owner.getByText('Результат записан.')).toBeVisible();
	await expect(owner.locator('section[aria-labelledby="outcomes-h"] li')).toContainText('Соглашение подписано');
	await expectAccessible(owner);

	// anyone else: 404, not even a hint that it exists
	const strangerCtx = await browser.newContext({ locale: 'ru-RU' });
	const stranger = await strangerCtx.newPage();
	await signIn(stranger, DEMO.member, undefined, 'ru');
	const res = await stranger.goto(interestUrl);
	expect(res?.status()).toBe(404);
	await expect(stranger.locator('body')).not.toContainText(PROFILE.email);
	await Promise.all([senderCtx.close(), ownerCtx.close(), strangerCtx.close()]);
});
