import { chromium } from '@playwright/test';
const base = 'http://localhost:4285';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const ctx = await browser.newContext({ viewport: { width: 390, height: 900 } });
const page = await ctx.newPage();
await page.goto(`${base}/lv/ienakt`);
const form = page.locator('form[action="?/password"]');
await form.getByLabel(/e-pasts/i).fill('drosamaja@demo.tuvuma.lv');
await form.getByLabel(/parole/i).fill('demo-parole-2026');
await form.getByRole('button').click();
await page.waitForSelector('nav.account a[href$="/konts"]');
for (const p of process.argv.slice(2)) {
	await page.goto(`${base}/lv/organizacijas/patverums-drosa-maja/darbs/${p}`);
	const wide = await page.evaluate(() => [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > 392 && ![...e.children].some((c) => c.getBoundingClientRect().right > 392)).slice(0, 8).map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`));
	console.log(p, await page.evaluate(() => document.documentElement.scrollWidth), wide);
}
await browser.close();
