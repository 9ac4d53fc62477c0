import { expect, test } from '@playwright/test';
import { expectAccessible } from '../helpers';
import { approveInQueue, createListing, newVerifiedUser, signedIn, unique, uniqueEmail } from './flow';

test.setTimeout(180_000);

test('a producer who sells at a market already in the directory joins it instead of adding a copy, and can leave it again', async ({ browser }) => {
	const owner = await newVerifiedUser(browser, uniqueEmail('tirgus'));
	const producer = unique('Ogu dārzs');
	const dashboard = await createListing(owner, { name: producer, email: uniqueEmail('ogas') });
	await approveInQueue(await signedIn(browser, 'moderators@demo.tuvuma.lv'), producer);

	await owner.goto(`${dashboard}/vietas`);
	const join = owner.getByRole('region', { name: 'Pārdodat vietā, kas jau ir katalogā?' });
	// typed without diacritics, as on a phone
	await join.getByLabel('Meklēt pēc nosaukuma vai apdzīvotās vietas').fill('marupes');
	await join.getByRole('button', { name: 'Meklēt' }).click();
	const results = join.getByRole('list', { name: 'Atrastās tirdzniecības vietas' });
	await expect(results.getByRole('listitem').first()).toBeVisible();
	await expectAccessible(owner);
	const first = results.getByRole('listitem').first();
	const name = (await first.getByRole('link').textContent())!.trim();
	await first.getByRole('button', { name: `Es pārdodu arī šeit: ${name}` }).click();
	await expect(owner.getByRole('status').filter({ hasText: `Pievienots: ${name}` })).toBeVisible();
	await expect(owner.getByRole('heading', { level: 2, name })).toBeVisible();

	// the point is shared with other producers: the owner may leave it, not edit it
	await owner.getByRole('button', { name: `Vairs nepārdodu vietā “${name}”` }).click();
	await expect(owner.getByRole('heading', { level: 2, name })).toHaveCount(0);
});
