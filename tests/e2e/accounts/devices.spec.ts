import { expect, test } from '@playwright/test';
import { expectAccessible } from '../helpers';
import { DEMO, signIn } from '../support/auth';

const PIXEL_CHROME = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';

test.describe.configure({ timeout: 90_000 });

test('the account page names the devices signed in as people know them, not by the raw User-Agent', async ({ browser }) => {
	const phone = await (await browser.newContext({ userAgent: PIXEL_CHROME, viewport: { width: 390, height: 844 } })).newPage();
	await signIn(phone, DEMO.member);
	await phone.goto('/lv/konts');
	const sessions = phone.getByRole('region', { name: 'Ierīces, kurās esat ienācis' });
	await expect(sessions.getByRole('listitem').filter({ hasText: 'šī ierīce' })).toContainText('Chrome, Android');
	await expect(sessions).not.toContainText('Mozilla');
	await expectAccessible(phone);

	await phone.goto('/en/konts');
	await expect(phone.getByRole('listitem').filter({ hasText: 'this device' })).toContainText('Chrome on Android');
});
