// Page weight of the main pages as a browser loads them: bytes transferred gzipped, per type.
// Run: npm run build && node bench/page-weight.mjs
import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { startApp } from './lib/server.mjs';

const app = await startApp(Number(process.env.BENCH_PORT ?? 4791), { MAP_TILE_URL: 'https://127.0.0.1:9/{z}/{x}/{y}.png' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
	const page = await browser.newPage();
	const firstProducer = await (async () => {
		await page.goto(`${app.base}/lv/razotaji`);
		return page.locator('main a[href^="/lv/razotaji/"]').first().getAttribute('href');
	})();
	const pages = { home: '/lv', directory: '/lv/razotaji', producer: firstProducer };
	console.log('page        total(gz)   html(gz)   js(gz)     css(gz)   requests');
	for (const [name, path] of Object.entries(pages)) {
		const ctx = await browser.newContext();
		const p = await ctx.newPage();
		const sizes = { html: 0, js: 0, css: 0, other: 0 };
		let requests = 0;
		p.on('response', async (res) => {
			if (!res.url().startsWith(app.base)) return;
			requests++;
			const body = await res.body().catch(() => Buffer.alloc(0));
			const type = res.request().resourceType();
			const key = type === 'document' ? 'html' : type === 'script' ? 'js' : type === 'stylesheet' ? 'css' : 'other';
			sizes[key] += gzipSync(body).length;
		});
		await p.goto(`${app.base}${path}`, { waitUntil: 'networkidle' });
		const total = sizes.html + sizes.js + sizes.css + sizes.other;
		const kb = (n) => `${(n / 1024).toFixed(1)} kB`.padEnd(11);
		console.log(`${name.padEnd(12)}${kb(total)}${kb(sizes.html)}${kb(sizes.js)}${kb(sizes.css)}${requests}`);
		await ctx.close();
	}
} finally {
	await browser.close();
	await app.stop();
}
