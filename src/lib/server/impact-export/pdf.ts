/**
 * The impact report as a PDF for the funder (issue 18): A4, in the report's language, DejaVu Sans
 * embedded (Latvian letters), a title page with the project, its number, funder and period, the
 * funder's acknowledgement and logos, then each section as a vector bar chart and its table, and page
 * numbers. The same report gives the same bytes: the document's dates are the report's own timestamp.
 */
import { pdfkit } from '../runtime/lazy-modules';
import type { ImpactReport } from '$lib/domain/impact/report-model';
import { fontFiles } from './fonts';
import { loadLogo, type LogoLoader } from './logo';
import { barChart, COLOURS, fit, heading, INK, MUTED, paragraph, RULE, SANS, SANS_BOLD, table, type Ctx } from './pdf-draw';
import { reportTables, scopeKindLabel, type ReportTable } from './tables';
import { exportTexts, formats, reportLocale } from './texts';

const MARGIN = 56;
const FOOTER = 40;
/** How many municipalities the origins chart shows (the table lists them all). */
const TOP_ORIGINS = 12;

export type PdfOptions = { loadLogo?: LogoLoader };

export async function renderImpactPdf(report: ImpactReport, options: PdfOptions = {}): Promise<Buffer> {
	const locale = reportLocale(report.scope.lang);
	const t = exportTexts(locale);
	const f = formats(locale);
	const fonts = fontFiles();
	const logos = (await Promise.all(report.scope.logos.map(async (l) => (await (options.loadLogo ?? loadLogo)(l.src)) ?? null))).filter((b): b is Buffer => b !== null);
	const when = new Date(report.scope.generatedAt);
	const PDFDocument = await pdfkit();
	const doc = new PDFDocument({
		size: 'A4',
		margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER },
		bufferPages: true,
		font: fonts.regular,
		lang: locale,
		displayTitle: true,
		info: { Title: `${t.reportTitle}: ${report.scope.title}`, Author: report.scope.organisation, Creator: 'Tuvumā', Producer: 'Tuvumā', CreationDate: when, ModDate: when }
	});
	const chunks: Buffer[] = [];
	doc.on('data', (c: Buffer) => chunks.push(c));
	const done = new Promise<Buffer>((resolve, reject) => {
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
	});
	doc.registerFont(SANS, fonts.regular);
	doc.registerFont(SANS_BOLD, fonts.bold);
	const ctx: Ctx = { doc, t, f, left: MARGIN, width: doc.page.width - 2 * MARGIN, bottom: doc.page.height - MARGIN - FOOTER };

	titlePage(ctx, report, logos);
	doc.addPage();
	sections(ctx, report, reportTables(report, t, f));
	pageNumbers(ctx, report);
	doc.end();
	return done;
}

function titlePage(ctx: Ctx, report: ImpactReport, logos: Buffer[]): void {
	const { doc, t, f } = ctx;
	const s = report.scope;
	doc.font(SANS_BOLD).fontSize(11).fillColor(COLOURS[0]).text(t.reportTitle.toUpperCase(), ctx.left, MARGIN + 40, { width: ctx.width, characterSpacing: 1 });
	doc.moveDown(0.6);
	doc.font(SANS_BOLD).fontSize(24).fillColor(INK).text(s.title, { width: ctx.width });
	doc.moveDown(0.3);
	doc.font(SANS).fontSize(13).fillColor(MUTED).text(s.organisation, { width: ctx.width });
	doc.moveDown(1.2);
	const facts: [string, string][] = [
		[scopeKindLabel(report, t), s.title],
		...(s.projectNumber ? [[t.projectNumber, s.projectNumber] as [string, string]] : []),
		...(s.funder ? [[t.funder, s.funder] as [string, string]] : []),
		[t.period, f.period(s.from, s.to)]
	];
	for (const [label, value] of facts) {
		const y = doc.y;
		doc.font(SANS).fontSize(10).fillColor(MUTED).text(label, ctx.left, y, { width: 140 });
		doc.font(SANS_BOLD).fontSize(10).fillColor(INK).text(value, ctx.left + 150, y, { width: ctx.width - 150 });
		doc.moveDown(0.4);
	}
	doc.moveDown(1.2);
	keyFigures(ctx, [
		[f.num(report.participation.uniqueParticipants.value), t.unique],
		[f.pct(report.participation.repeatShare), t.repeatShare],
		[f.num(report.events.total.value), t.eventsTotal]
	]);
	doc.font(SANS).fontSize(9).fillColor(MUTED).text(t.generated(f.date(s.generatedAt)), ctx.left, doc.y, { width: ctx.width });
	acknowledgement(ctx, report, logos);
}

function keyFigures(ctx: Ctx, figures: [string, string][]): void {
	const { doc } = ctx;
	const gap = 12;
	const w = (ctx.width - gap * (figures.length - 1)) / figures.length;
	const top = doc.y;
	figures.forEach(([value, label], i) => {
		const x = ctx.left + i * (w + gap);
		doc.rect(x, top, w, 70).lineWidth(1).strokeColor(RULE).stroke();
		doc.font(SANS_BOLD).fontSize(22).fillColor(COLOURS[0]).text(value, x + 10, top + 10, { width: w - 20 });
		doc.font(SANS).fontSize(9).fillColor(INK).text(label, x + 10, top + 42, { width: w - 20 });
	});
	doc.y = top + 70 + 16;
}

/** At the foot of the title page, where funders' visibility rules expect it. */
function acknowledgement(ctx: Ctx, report: ImpactReport, logos: Buffer[]): void {
	const { doc, t } = ctx;
	const text = report.scope.acknowledgement;
	if (!text && logos.length === 0) return;
	const logoH = 48;
	doc.font(SANS).fontSize(9);
	const textH = text ? doc.heightOfString(text, { width: ctx.width }) : 0;
	const height = 18 + textH + (logos.length ? logoH + 12 : 0);
	const top = Math.max(doc.y + 12, ctx.bottom - height);
	doc.moveTo(ctx.left, top - 8).lineTo(ctx.left + ctx.width, top - 8).lineWidth(0.5).strokeColor(RULE).stroke();
	doc.font(SANS_BOLD).fontSize(10).fillColor(INK).text(t.acknowledgement, ctx.left, top, { width: ctx.width });
	if (text) doc.font(SANS).fontSize(9).fillColor(INK).text(text, ctx.left, doc.y + 4, { width: ctx.width });
	let x = ctx.left;
	const y = doc.y + 10;
	for (const logo of logos) {
		const w = Math.min(140, (ctx.width - 16 * (logos.length - 1)) / logos.length);
		try {
			doc.image(logo, x, y, { fit: [w, logoH], valign: 'center' });
			x += w + 16;
		} catch (e) {
			// bytes that looked like an image but pdfkit cannot draw: the text still names the funder
			console.warn(`Impact report: a logo could not be drawn (${e instanceof Error ? e.message : e})`);
		}
	}
}

function sections(ctx: Ctx, report: ImpactReport, tables: ReportTable[]): void {
	const { t, f } = ctx;
	const byKey = new Map(tables.map((x) => [x.key, x]));
	const show = (key: string, weights?: number[]) => {
		const x = byKey.get(key);
		if (!x) return;
		if (x.rows.length === 0) paragraph(ctx, t.none, { colour: MUTED });
		else table(ctx, x.columns, x.rows, { totals: x.totals, weights });
	};
	heading(ctx, t.summary);
	show('summary');

	heading(ctx, t.eventsByKind);
	barChart(ctx, report.events.byKind.map((k) => ({ label: k.label, values: [k.onSite, k.online] })), { legend: [t.onSite, t.online] });
	show('events');

	const p = report.participation;
	heading(ctx, t.participation);
	barChart(ctx, [
		{ label: t.registrations, values: [p.registrations.value] },
		{ label: t.attendances, values: [p.attendances.value] },
		{ label: t.unique, values: [p.uniqueParticipants.value] },
		{ label: t.repeat, values: [p.repeatParticipants.value] }
	]);
	show('participation');

	heading(ctx, t.origins);
	const top = [...report.origins.rows].sort((a, b) => (b.people ?? -1) - (a.people ?? -1)).slice(0, TOP_ORIGINS);
	barChart(ctx, top.map((r) => ({ label: r.name, values: [r.people] })), { legend: [t.inside, t.outside], colourOf: (i) => (top[i].inside ? COLOURS[0] : COLOURS[1]) });
	show('origins');

	for (const b of report.breakdowns) {
		const key = tables.find((x) => x.title === b.title && x.key.startsWith('breakdown-'))?.key;
		heading(ctx, b.title, 13);
		barChart(ctx, b.rows.map((r) => ({ label: r.label, values: [r.people] })));
		if (key) show(key);
	}
	if (tables.some((x) => x.rows.some((r) => r.includes(null)))) paragraph(ctx, t.suppressedNote, { size: 8.5, colour: MUTED });

	heading(ctx, t.surveys);
	if (report.surveys.length === 0) paragraph(ctx, t.none, { colour: MUTED });
	for (const s of report.surveys) {
		heading(ctx, s.title, 12);
		paragraph(ctx, t.respondentsCount(f.num(s.respondents)), { size: 9, colour: MUTED });
		for (const q of s.questions) {
			paragraph(ctx, q.title, { size: 9.5, bold: true });
			barChart(ctx, q.options.map((o) => ({ label: o.label, values: [o.percent] })), { format: (n) => f.pct(n / 100) });
		}
	}

	heading(ctx, t.library);
	show('library');
	heading(ctx, t.mentoring);
	show('mentoring');
	heading(ctx, t.contests);
	show('contests');
	if (report.cooperation) {
		heading(ctx, t.cooperation);
		show('cooperation');
	}
	heading(ctx, t.results);
	paragraph(ctx, t.resultsNote, { size: 9, colour: MUTED });
	show('results', [3, 1, 1]);
}

function pageNumbers(ctx: Ctx, report: ImpactReport): void {
	const { doc, t } = ctx;
	const range = doc.bufferedPageRange();
	for (let i = range.start; i < range.start + range.count; i++) {
		doc.switchToPage(i);
		// writing below the bottom margin would otherwise start a new page
		const bottom = doc.page.margins.bottom;
		doc.page.margins.bottom = 0;
		const y = doc.page.height - MARGIN - 10;
		doc.font(SANS).fontSize(8).fillColor(MUTED);
		doc.text(fit(doc, report.scope.title, ctx.width * 0.7), ctx.left, y, { lineBreak: false });
		doc.text(t.page(i - range.start + 1, range.count), ctx.left, y, { width: ctx.width, align: 'right', lineBreak: false });
		doc.page.margins.bottom = bottom;
	}
}
