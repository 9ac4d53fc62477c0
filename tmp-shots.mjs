import { chromium } from '@playwright/test';
const base = 'http://localhost:4285';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const who = process.argv[2] ?? 'drosamaja@demo.tuvuma.lv';
const org = process.argv[3] ?? 'patverums-drosa-maja';
const paths = (process.argv[4] ?? 'pieprasijums,pieprasijums/teritorijas,pieprasijums/salidzinajums,piedavajums,intervijas,intervijas/kodi,intervijas/matrica').split(',');
for (const width of [390, 1280]) {
	const ctx = await browser.newContext({ viewport: { width, height: 900 } });
	const page = await ctx.newPage();
	await page.goto(`${base}/lv/ienakt`);
	const form = page.locator('form[action="?/password"]');
	await form.getByLabel(/e-pasts/i).fill(who);
	await form.getByLabel(/parole/i).fill('demo-parole-2026');
	await form.getByRole('button').click();
	await page.waitForSelector('nav.account a[href$="/konts"]');
	for (const p of paths) {
		const url = p.startsWith('/') ? `${base}${p}` : `${base}/lv/organizacijas/${org}/darbs/${p}`;
		const t = Date.now();
		const res = await page.goto(url);
		const name = p.replace(/[/?=&]/g, '_') || 'root';
		await page.screenshot({ path: `/tmp/ins/shots/${name}-${width}.png`, fullPage: true });
		console.log(width, p, res?.status(), Date.now() - t, 'ms');
	}
	await ctx.close();
}
await browser.close();
