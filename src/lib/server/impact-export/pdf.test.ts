import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { renderImpactPdf } from './index';
import { impactReportFixture } from './fixture';

// pdftotext and pdffonts come with poppler-utils (scripts/lib/system-deps.sh installs it)
const dir = mkdtempSync(join(tmpdir(), 'impact-pdf-'));
function save(name: string, bytes: Buffer): string {
	const path = join(process.env.IMPACT_PDF_OUT ?? dir, name);
	writeFileSync(path, bytes);
	return path;
}
const text = (path: string) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
// -layout keeps table rows on one line; runs of spaces between cells are not what is asserted
const flat = (s: string) => s.replace(/[ \u00a0]+/g, ' ');

// a PDF takes a second or two (fontkit shapes every string); more on a busy machine
describe('renderImpactPdf', { timeout: 60_000 }, () => {
	it('renders the Latvian report with its letters intact, the funder, the acknowledgement and "< 5"', async () => {
		const path = save('report-lv.pdf', await renderImpactPdf(impactReportFixture('lv')));
		const out = flat(text(path));
		for (const s of [
			'IETEKMES PĀRSKATS',
			'Sociālās uzņēmējdarbības atbalsts lauku kopienās',
			'25-00-A019.333-000012',
			'Lauku atbalsta dienests (LEADER)',
			'Ķekavas novads',
			'Mārupes novads',
			'Jūrmalas valstspilsēta',
			'Unikālie dalībnieki',
			'Nodarbinātības statuss',
			'Tīklošanās pasākums',
			'Ļoti noderīgas',
			'Finansējums',
			'Eiropas Lauksaimniecības fonda lauku attīstībai',
			'Smiltenes novads < 5',
			'mazāk nekā 5 cilvēki',
			'1. lpp. no '
		])
			expect(out).toContain(s);
		// every Latvian letter the report uses comes back as itself, not as a lookalike or a box
		for (const letter of 'āčēģīķļņšūž') expect(out.toLowerCase()).toContain(letter);
		expect(out).toMatch(/1\.? janvāris|2025/);
	});

	it('renders the English report', async () => {
		const path = save('report-en.pdf', await renderImpactPdf(impactReportFixture('en')));
		const out = flat(text(path));
		for (const s of ['IMPACT REPORT', 'Unique participants', 'Where participants came from', 'Ķekava Municipality', 'Funding', 'European Agricultural Fund', 'Smiltene Municipality < 5', 'fewer than 5 people', 'Page 1 of '])
			expect(out).toContain(s);
		expect(out).not.toContain('Unikālie');
	});

	it('embeds DejaVu Sans (subset) and no standard font', async () => {
		const path = save('report-fonts.pdf', await renderImpactPdf(impactReportFixture('lv')));
		const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
		expect(fonts.length).toBeGreaterThanOrEqual(2);
		for (const line of fonts) {
			expect(line).toMatch(/DejaVuSans/);
			// columns: name type encoding emb sub uni
			expect(line).toMatch(/\s+yes\s+yes\s+yes\s+/);
		}
		expect(fonts.some((l) => l.includes('Bold'))).toBe(true);
	});

	it('draws readable logos, skips unreadable ones and is the same bytes for the same report', async () => {
		const png = await sharp({ create: { width: 200, height: 80, channels: 3, background: '#003399' } }).png().toBuffer();
		const webp = await sharp({ create: { width: 200, height: 80, channels: 3, background: '#ffcc00' } }).webp().toBuffer();
		const logoFile = save('logo.png', png);
		const report = impactReportFixture('lv');
		report.scope.logos = [
			{ src: logoFile, alt: 'ES' },
			{ src: '/nowhere/missing.png', alt: 'Missing' },
			{ src: 'webp', alt: 'LEADER' }
		];
		const loader = async (src: string) => (src === 'webp' ? await sharp(webp).png().toBuffer() : src.startsWith('/nowhere') ? null : png);
		const a = await renderImpactPdf(report, { loadLogo: loader });
		const b = await renderImpactPdf(report, { loadLogo: loader });
		expect(a.equals(b)).toBe(true);
		const path = save('report-logos.pdf', a);
		const images = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
		expect(images.length).toBe(2);
		// the default loader reads files and skips what is not there
		const viaFiles = await renderImpactPdf(report);
		expect(viaFiles.length).toBeGreaterThan(1000);
	});
});

describe('renderImpactPdf for an organisation with little data', { timeout: 60_000 }, () => {
	it('renders without funder, logos, surveys or mentoring and says there is no data', async () => {
		const r = impactReportFixture('en');
		r.scope = { ...r.scope, kind: 'organisation', title: 'Lauku partnerība', projectNumber: null, funder: null, acknowledgement: null, from: null, to: null };
		r.events = { total: { value: 0, figure: 'events' }, online: 0, onSite: 0, byKind: [] };
		r.origins = { inside: 0, outside: 0, unknown: 0, rows: [] };
		r.breakdowns = [];
		r.surveys = [];
		r.library = { views: 0, items: [] };
		r.mentoring = null;
		r.results = [];
		r.cooperation = { meetings: 4, agreements: 2, firstOrders: 1 };
		const out = flat(text(save('report-empty.pdf', await renderImpactPdf(r))));
		for (const s of ['Organisation Lauku partnerība', 'Period All time', 'No data for this period.', 'Cooperation', 'First orders 1']) expect(out).toContain(s);
		expect(out).not.toContain('Funding');
	});

	it('renders other UI languages too (Cyrillic is in DejaVu Sans)', async () => {
		const r = impactReportFixture('lv');
		r.scope = { ...r.scope, lang: 'ru' };
		const out = flat(text(save('report-ru.pdf', await renderImpactPdf(r))));
		expect(out).toContain('ОТЧЁТ О РЕЗУЛЬТАТАХ');
		expect(out).toContain('Уникальные участники');
		expect(out).toContain('Ķekavas novads');
	});

	it('says where it looked when the fonts are missing', async () => {
		const before = process.env.FONTS_DIR;
		process.env.FONTS_DIR = '/nowhere/fonts';
		try {
			await expect(renderImpactPdf(impactReportFixture('lv'))).rejects.toThrow('PDF font missing: /nowhere/fonts/DejaVuSans.ttf');
		} finally {
			if (before === undefined) delete process.env.FONTS_DIR;
			else process.env.FONTS_DIR = before;
		}
	});
});
