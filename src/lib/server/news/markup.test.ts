import { describe, expect, it } from 'vitest';
import { imageMarkup, plainText, renderNewsMarkup, summaryOf } from './markup';

const ID = '6f1c2d4e-8a9b-4c3d-9e2f-1a2b3c4d5e6f';

describe('news markup', () => {
	it('keeps headings, lists, emphasis and links', () => {
		const html = renderNewsMarkup('## Kas notika\n\n- 12 vebināri\n- **divas** meistarklases\n\n1. pirmais\n2. otrais\n\nVairāk: [Lielupe](https://www.partneribalielupe.lv)');
		expect(html).toContain('<h2>Kas notika</h2>');
		expect(html).toContain('<li>12 vebināri</li>');
		expect(html).toContain('<strong>divas</strong>');
		expect(html).toContain('<ol>');
		expect(html).toContain('<a href="https://www.partneribalielupe.lv" rel="nofollow ugc noopener">Lielupe</a>');
	});

	it('turns a top-level heading into h2 (the page has its own h1)', () => {
		expect(renderNewsMarkup('# Virsraksts')).toBe('<h2>Virsraksts</h2>');
	});

	it('drops scripts with their content, event handlers, iframes, styles and javascript: links', () => {
		const html = renderNewsMarkup(
			'Teksts <script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n<iframe src="https://evil.example"></iframe>\n\n<p style="color:red" onclick="alert(3)">sveiki</p>\n\n[klikšķis](javascript:alert(4)) <a href="data:text/html,x">d</a>'
		);
		expect(html).not.toMatch(/script|alert|onerror|onclick|iframe|style=|javascript:|data:/i);
		expect(html).toContain('Teksts');
		expect(html).toContain('sveiki');
		expect(html).toContain('klikšķis');
	});

	it('allows pictures only from this site’s image pipeline', () => {
		const own = renderNewsMarkup(imageMarkup(ID, 'Meistarklase [Jelgavā]'));
		expect(own).toBe(`<p><img src="/media/${ID}/1280.webp" alt="Meistarklase  Jelgavā" loading="lazy" decoding="async" /></p>`);
		expect(renderNewsMarkup('![x](https://tracker.example/pixel.gif)')).not.toContain('<img');
		expect(renderNewsMarkup(`![x](/media/${ID}/1280.webp?x=1)`)).not.toContain('<img');
		expect(renderNewsMarkup('![x](//evil.example/a.webp)')).not.toContain('<img');
	});

	it('gives plain text and a summary cut at a word', () => {
		const html = renderNewsMarkup('## Virsraksts\n\nPirmā rindkopa & vēl.\n\n- punkts');
		expect(plainText(html)).toBe('Virsraksts Pirmā rindkopa & vēl. punkts');
		expect(summaryOf(renderNewsMarkup('vārds '.repeat(100)), 40)).toMatch(/^(vārds ){5}vārds…$|^(vārds ){4}vārds…$/);
		// the summary is made of paragraphs: a heading and a list would run into the sentence
		expect(summaryOf(html)).toBe('Pirmā rindkopa & vēl.');
	});
});
