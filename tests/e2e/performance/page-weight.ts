import type { Browser } from '@playwright/test';

export type PageWeight = {
	/** Bytes on the wire (headers + compressed bodies) of everything but images. */
	bytes: number;
	/** Every request of the first load, images included. */
	requests: number;
	byType: Record<string, { bytes: number; requests: number }>;
	/** URLs requested, for a message that says what grew. */
	urls: string[];
};

/**
 * What a first visit with an empty cache downloads, as Chromium counts it (compressed as served,
 * with the Accept-Encoding a browser sends), until the network is idle.
 */
export async function measurePage(browser: Browser, url: string, viewport = { width: 412, height: 915 }): Promise<PageWeight> {
	const context = await browser.newContext({ viewport });
	const page = await context.newPage();
	const requests: import('@playwright/test').Request[] = [];
	page.on('requestfinished', (request) => requests.push(request));
	page.on('requestfailed', (request) => requests.push(request));
	try {
		const response = await page.goto(url, { waitUntil: 'networkidle' });
		if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
		const weight: PageWeight = { bytes: 0, requests: 0, byType: {}, urls: [] };
		for (const request of requests) {
			const type = request.resourceType();
			const sizes = await request.sizes().catch(() => ({ responseBodySize: 0, responseHeadersSize: 0 }));
			const bytes = type === 'image' ? 0 : sizes.responseBodySize + sizes.responseHeadersSize;
			weight.bytes += bytes;
			weight.requests += 1;
			const entry = (weight.byType[type] ??= { bytes: 0, requests: 0 });
			entry.bytes += bytes;
			entry.requests += 1;
			weight.urls.push(`${type} ${request.url()} ${bytes} B`);
		}
		return weight;
	} finally {
		await context.close();
	}
}
