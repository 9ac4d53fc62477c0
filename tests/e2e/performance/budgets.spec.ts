import { expect, test } from '@playwright/test';
import { BUDGET, PUBLIC_PAGES } from './public-pages';
import { measurePage } from './page-weight';

// Issue 14: every public page but the map loads in ≤ 60 KB (HTML, CSS, JS, fonts; compressed) and
// ≤ 15 requests on a first visit. A page that grows past it fails here, with what it loaded.
test.describe('page weight budget', () => {
	for (const { name, path } of PUBLIC_PAGES) {
		test(`${name} (${path}) stays within ${BUDGET.bytes / 1024} KB and ${BUDGET.requests} requests`, async ({ browser, baseURL }) => {
			const weight = await measurePage(browser, `${baseURL}${path}`);
			const detail = weight.urls.join('\n');
			expect(weight.bytes, `bytes of ${path}:\n${detail}`).toBeLessThanOrEqual(BUDGET.bytes);
			expect(weight.requests, `requests of ${path}:\n${detail}`).toBeLessThanOrEqual(BUDGET.requests);
		});
	}
});
