import { expect, test } from '@playwright/test';
import { signIn } from '../support/auth';

const EDITOR = 'pieriga-redaktors@demo.tuvuma.lv';

// On a slow rural connection the page is usable long before its script arrives; a section the
// visitor unfolds in that gap must not snap shut when the script takes over (Svelte assigns
// `details.open` as it hydrates).
test('a section unfolded while the page’s script is still loading stays unfolded once it runs', async ({ page }) => {
	await signIn(page, EDITOR);
	let release = () => {};
	const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await scriptsHeld;
		await route.continue();
	});
	await page.goto('/lv/organizacijas/pierigas-partneriba/darbs/projekti/jauns', { waitUntil: 'commit' });
	const summary = page.getByText('Kurzemes plānošanas reģions', { exact: true });
	const section = page.locator('details').filter({ has: summary });
	await expect(section).not.toHaveAttribute('open');
	await summary.click();
	await expect(section).toHaveAttribute('open', '');
	await expect(page.locator('html')).not.toHaveAttribute('data-hydrated');

	release();
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', '', { timeout: 20_000 });
	await expect(section).toHaveAttribute('open', '');
	// and after hydration the section still answers the visitor
	await summary.click();
	await expect(section).not.toHaveAttribute('open');
});
