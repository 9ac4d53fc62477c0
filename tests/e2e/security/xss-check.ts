import { expect, type Page } from '@playwright/test';

/**
 * Helpers for xss.spec.ts: split payloads into batches that fit a field, watch a page for dialogs,
 * and look for anything a payload could have injected.
 */

/** Payload batches joined by `sep`, each at most `max` characters. */
export function batches(payloads: readonly string[], max: number, sep: string): string[] {
	const out: string[] = [];
	let current = '';
	for (const p of payloads) {
		if (p.length > max) throw new Error(`payload longer than ${max}: ${p}`);
		if (current && current.length + sep.length + p.length > max) {
			out.push(current);
			current = '';
		}
		current = current ? current + sep + p : p;
	}
	if (current) out.push(current);
	return out;
}

/**
 * What a reader sees of a text: control characters gone (forms may drop them; a NUL written back
 * into a server-rendered value becomes U+FFFD, as HTML parsing requires), whitespace collapsed.
 */
export const visible = (text: string) =>
	text
		// eslint-disable-next-line no-control-regex -- control characters are what is being removed
		.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g, '')
		.replace(/[\s\u2028\u2029]+/g, ' ')
		.trim();

/** Records every alert/confirm/prompt the page opens; a payload that ran would open one. */
export function watchDialogs(page: Page): string[] {
	const fired: string[] = [];
	page.on('dialog', async (dialog) => {
		fired.push(`${dialog.type()}: ${dialog.message()} on ${page.url()}`);
		await dialog.dismiss().catch(() => undefined);
	});
	return fired;
}

/** Fails when the page holds an element, attribute or script that came from a payload. */
export async function expectNothingInjected(page: Page, fired: string[]): Promise<void> {
	const found = await page.evaluate(() => {
		const bad: string[] = [];
		const show = (el: Element) => el.outerHTML.slice(0, 120);
		if ((window as unknown as { __xss?: unknown }).__xss !== undefined) bad.push('window.__xss was set');
		for (const el of Array.from(document.querySelectorAll('*'))) {
			for (const attr of Array.from(el.attributes)) {
				if (/^on/i.test(attr.name)) bad.push(`handler ${attr.name}: ${show(el)}`);
				if (/^(href|src|action|formaction|xlink:href|data|background|poster)$/i.test(attr.name) && /^\s*(javascript|vbscript|data:text\/html)/i.test(attr.value)) {
					bad.push(`script URL: ${show(el)}`);
				}
				if (attr.name === 'style' && /expression\(|javascript:|binding|behavior/i.test(attr.value)) bad.push(`style: ${show(el)}`);
			}
			const tag = el.tagName.toLowerCase();
			if (['iframe', 'frame', 'object', 'embed', 'base', 'isindex', 'marquee', 'applet', 'animate', 'set', 'foreignobject', 'mglyph', 'maction'].includes(tag)) bad.push(`element ${tag}: ${show(el)}`);
			if (tag === 'meta' && el.hasAttribute('http-equiv')) bad.push(`meta refresh: ${show(el)}`);
			if (tag === 'link' && /import/i.test(el.getAttribute('rel') ?? '')) bad.push(`link import: ${show(el)}`);
			if (tag === 'script') {
				const src = el.getAttribute('src');
				const type = el.getAttribute('type');
				if (src && !src.startsWith('/_app/')) bad.push(`script src: ${show(el)}`);
				if (type === 'application/ld+json') {
					try {
						JSON.parse(el.textContent ?? '');
					} catch {
						bad.push(`JSON-LD broken: ${show(el)}`);
					}
				} else if (/^\s*(alert|window\.__xss)/.test(el.textContent ?? '')) bad.push(`script: ${show(el)}`);
			}
			// the site's own stylesheet is inlined in <head> (decision 007; its selectors name .alert-box); a payload lands in <body>
			if (tag === 'style' && !el.closest('head') && /alert|javascript:|expression\(|@import/i.test(el.textContent ?? '')) bad.push(`style element: ${show(el)}`);
			if (tag === 'style' && el.closest('head') && /javascript:|expression\(|@import/i.test(el.textContent ?? '')) bad.push(`style element: ${show(el)}`);
			if (tag === 'svg' && el.querySelector('script')) bad.push(`svg script: ${show(el)}`);
		}
		return bad;
	});
	expect(found, page.url()).toEqual([]);
	expect(fired).toEqual([]);
}

/** Every payload of `text` is shown literally inside `locator`'s text. */
export async function expectShownLiterally(page: Page, selector: string, texts: readonly string[]): Promise<void> {
	const shown = visible((await page.locator(selector).allTextContents()).join(' '));
	for (const t of texts) expect(shown, `${selector} on ${page.url()}`).toContain(visible(t));
}
