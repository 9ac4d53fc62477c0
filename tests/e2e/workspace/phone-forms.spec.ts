import { expect, test } from '@playwright/test';
import { signIn } from '../support/auth';

const COORDINATOR = 'pieriga@demo.tuvuma.lv';
const WORKSPACE = '/lv/organizacijas/pierigas-partneriba/darbs';

/**
 * The staff's "new …" forms on a phone: a select listing a long project or event title must not
 * push the form past the screen (the contest form's eligibility fieldset scrolled sideways to
 * 645 px on a 390 px phone before fieldsets could shrink, app.css).
 */
test('the workspace forms fit a 390 px phone without sideways scrolling', async ({ page }) => {
	test.setTimeout(90_000);
	await page.setViewportSize({ width: 390, height: 844 });
	await signIn(page, COORDINATOR);
	for (const form of ['konkursi/jauns', 'biblioteka/jauns', 'aptaujas/jauna', 'pasakumi/jauns', 'programmas/jauna', 'sadarbiba/jauns']) {
		const path = `${WORKSPACE}/${form}`;
		expect((await page.goto(path))?.status(), path).toBe(200);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
	// the contest form's project select is there, and narrower than the screen
	await page.goto(`${WORKSPACE}/konkursi/jauns`);
	const select = page.locator('#f-eligibilityProjectId');
	expect((await select.boundingBox())!.width).toBeLessThan(390);
});
