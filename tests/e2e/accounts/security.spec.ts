import { expect, test } from '@playwright/test';
import { DEMO, signIn } from '../support/auth';

test('pages carry a CSP without inline code that forbids framing, and the other security headers; no HSTS over plain HTTP', async ({ request }) => {
	const res = await request.get('/lv/ienakt');
	const h = res.headers();
	// scripts and styles by hash only (decision 007): nothing inline runs unless the server wrote it
	const csp = h['content-security-policy'];
	expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/);
	expect(csp).not.toContain("'unsafe-inline'");
	expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(h['x-frame-options']).toBe('DENY');
	expect(h['x-content-type-options']).toBe('nosniff');
	expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
	expect(h['strict-transport-security']).toBeUndefined();
	const api = await request.get('/api/v1/categories');
	expect(api.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
});

test('the session cookie is httpOnly and SameSite=Lax', async ({ page, context }) => {
	await signIn(page, DEMO.member);
	const cookie = (await context.cookies()).find((c) => c.name.endsWith('tuvuma.session_token'));
	expect(cookie).toBeTruthy();
	expect(cookie!.httpOnly).toBe(true);
	expect(cookie!.sameSite).toBe('Lax');
	expect(cookie!.secure).toBe(false); // plain HTTP in tests; Secure when ORIGIN is https
});

test('a form posted from another origin is refused (CSRF)', async ({ request }) => {
	const res = await request.post('/lv/ienakt?/password', {
		headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
		data: 'email=biedrs%40demo.tuvuma.lv&password=demo-parole-2026'
	});
	expect(res.status()).toBe(403);
});
