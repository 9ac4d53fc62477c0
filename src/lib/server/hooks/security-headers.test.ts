import { describe, expect, it } from 'vitest';
import { allowAnyFrameAncestor, allowFrameSource, applySecurityHeaders, EMBEDDABLE_PATHS, isEmbeddable, requestIsTls, tileSource } from './security-headers';

const PAGE_CSP = "default-src 'self'; script-src 'self' 'nonce-abc'; frame-ancestors 'none'";

describe('security headers', () => {
	it('every response: nosniff, referrer policy, no framing; pages keep their nonce CSP', () => {
		const h = new Headers({ 'Content-Security-Policy': PAGE_CSP });
		applySecurityHeaders(h, { pathname: '/lv/razotaji', tls: false });
		expect(h.get('X-Content-Type-Options')).toBe('nosniff');
		expect(h.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
		expect(h.get('X-Frame-Options')).toBe('DENY');
		expect(h.get('Content-Security-Policy')).toBe(PAGE_CSP);
		expect(h.has('Strict-Transport-Security')).toBe(false);
	});

	it('responses without a page CSP still refuse framing', () => {
		const h = new Headers();
		applySecurityHeaders(h, { pathname: '/api/v1/producers', tls: false });
		expect(h.get('Content-Security-Policy')).toBe("frame-ancestors 'none'");
	});

	it('the camera only on the event check-in page', () => {
		const checkin = new Headers();
		applySecurityHeaders(checkin, { pathname: '/lv/organizacijas/pierigas-partneriba/darbs/pasakumi/0b7c/ierasanas', tls: false });
		expect(checkin.get('Permissions-Policy')).toContain('camera=(self)');
		const other = new Headers();
		applySecurityHeaders(other, { pathname: '/lv/pasakumi/ierasanas', tls: false });
		expect(other.get('Permissions-Policy')).toContain('camera=()');
	});

	it('HSTS only over TLS', () => {
		const h = new Headers();
		applySecurityHeaders(h, { pathname: '/lv', tls: true });
		expect(h.get('Strict-Transport-Security')).toMatch(/max-age=31536000/);
	});

	it('X-Forwarded-Proto counts only behind a trusted proxy; otherwise an https ORIGIN decides', () => {
		const forwarded = new Headers({ 'x-forwarded-proto': 'https' });
		expect(requestIsTls(forwarded, { trustProxy: 1, ORIGIN: undefined })).toBe(true);
		expect(requestIsTls(forwarded, { trustProxy: 0, ORIGIN: undefined })).toBe(false);
		expect(requestIsTls(new Headers({ 'x-forwarded-proto': 'http' }), { trustProxy: 1, ORIGIN: 'https://tuvuma.lv' })).toBe(false);
		expect(requestIsTls(new Headers(), { trustProxy: 0, ORIGIN: 'https://tuvuma.lv' })).toBe(true);
		expect(requestIsTls(new Headers(), { trustProxy: 0, ORIGIN: 'http://127.0.0.1:4173' })).toBe(false);
	});

	it('a route listed in EMBEDDABLE_PATHS may be framed by other sites', () => {
		EMBEDDABLE_PATHS.push(/^\/[a-z]{2}\/test-widget\//);
		try {
			const h = new Headers({ 'Content-Security-Policy': PAGE_CSP, 'X-Frame-Options': 'DENY' });
			applySecurityHeaders(h, { pathname: '/lv/test-widget/x', tls: false });
			expect(h.get('Content-Security-Policy')).toContain('frame-ancestors *');
			expect(h.has('X-Frame-Options')).toBe(false);
		} finally {
			EMBEDDABLE_PATHS.pop();
		}
	});
});

describe('framing', () => {
	it('only the widget route may be framed', () => {
		expect(isEmbeddable('/lv/logrikis')).toBe(true);
		expect(isEmbeddable('/ru/logrikis/')).toBe(true);
		expect(isEmbeddable('/lv/logrikis/kods')).toBe(false);
		expect(isEmbeddable('/lv/razotaji')).toBe(false);
		expect(isEmbeddable('/xx/logrikis')).toBe(false);
	});
	it('opens frame-ancestors and leaves the rest of the policy alone', () => {
		expect(allowAnyFrameAncestor("default-src 'self'; frame-ancestors 'none'; object-src 'none'")).toBe(
			"default-src 'self'; frame-ancestors *; object-src 'none'"
		);
	});

	it('pages may load images from this site and the configured tile host only (issue 11, item 8)', () => {
		expect(tileSource('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('https://tile.openstreetmap.org');
		expect(tileSource('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toBe('https://*.tile.example.org');
		expect(tileSource('https://tiles-{s}.example.org/{z}/{x}/{y}.png')).toBe('https:');
		expect(tileSource('https://127.0.0.1:9/{z}/{x}/{y}.png')).toBe('https://127.0.0.1:9');
		const h = new Headers({ 'Content-Security-Policy': "default-src 'self'; img-src 'self'; style-src 'self'" });
		applySecurityHeaders(h, { pathname: '/lv', tls: false, tileUrl: 'https://{s}.tile.example.org/{z}/{x}/{y}.png' });
		expect(h.get('Content-Security-Policy')).toBe("default-src 'self'; img-src 'self' https://*.tile.example.org; style-src 'self'");
	});

	it('a page frames only the one player it names, and only that response says so (issue 16)', () => {
		const policy = "default-src 'self'; img-src 'self'";
		const h = new Headers({ 'Content-Security-Policy': policy });
		applySecurityHeaders(h, { pathname: '/lv/biblioteka/lekcija', tls: false, frameOrigin: 'https://www.youtube-nocookie.com' });
		expect(h.get('Content-Security-Policy')).toBe(`${policy}; frame-src https://www.youtube-nocookie.com`);
		const other = new Headers({ 'Content-Security-Policy': policy });
		applySecurityHeaders(other, { pathname: '/lv/biblioteka/lekcija', tls: false });
		expect(other.get('Content-Security-Policy')).toBe(policy);
		expect(allowFrameSource(policy, 'javascript:alert(1)')).toBe(policy);
		expect(allowFrameSource(`${policy}; frame-src 'none'`, 'https://player.vimeo.com')).toBe(`${policy}; frame-src 'none' https://player.vimeo.com`);
	});
});
