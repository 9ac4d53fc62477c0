/**
 * Drawing primitives for the impact report PDF: headings, paragraphs, tables and horizontal bar charts,
 * all vectors (rectangles and lines), all in the embedded DejaVu fonts. Each keeps the cursor (doc.y)
 * and starts a new page when what it draws would not fit above the footer.
 */
import type { ExportTexts, Formats } from './texts';
import { cellText, type Cell } from './tables';

export const SANS = 'Sans';
export const SANS_BOLD = 'Sans-Bold';
export const INK = '#1b1b1b';
export const MUTED = '#5a5f66';
export const RULE = '#d5d8dc';
/** Series colours: dark enough against white for text-sized marks (≥ 3:1). */
export const COLOURS = ['#2e6b3f', '#5b8fc7', '#b5651d', '#7a5c99'];

export type Ctx = {
	doc: PDFKit.PDFDocument;
	t: ExportTexts;
	f: Formats;
	left: number;
	width: number;
	/** Lowest y content may reach (the footer is below it). */
	bottom: number;
};

export function ensureSpace(ctx: Ctx, height: number): void {
	if (ctx.doc.y + height > ctx.bottom) ctx.doc.addPage();
}

export function heading(ctx: Ctx, text: string, size = 15): void {
	const { doc } = ctx;
	// a heading never ends a page: room for it and the first rows of what follows
	ensureSpace(ctx, size * 3 + 90);
	doc.moveDown(size > 13 ? 0.8 : 0.4);
	doc.font(SANS_BOLD).fontSize(size).fillColor(INK).text(text, ctx.left, doc.y, { width: ctx.width });
	doc.moveDown(0.3);
}

export function paragraph(ctx: Ctx, text: string, opts: { size?: number; colour?: string; bold?: boolean } = {}): void {
	const { doc } = ctx;
	doc.font(opts.bold ? SANS_BOLD : SANS).fontSize(opts.size ?? 10);
	ensureSpace(ctx, Math.min(doc.heightOfString(text, { width: ctx.width }), 120));
	doc.fillColor(opts.colour ?? INK).text(text, ctx.left, doc.y, { width: ctx.width });
	doc.moveDown(0.3);
}

/** Shortens text to fit a width (labels of bars and narrow cells), with an ellipsis. */
export function fit(doc: PDFKit.PDFDocument, text: string, width: number): string {
	if (doc.widthOfString(text) <= width) return text;
	let s = text;
	while (s.length > 1 && doc.widthOfString(`${s}…`) > width) s = s.slice(0, -1);
	return `${s.trimEnd()}…`;
}

const isNumeric = (c: Cell) => c === null || typeof c === 'number' || (typeof c === 'object' && c !== null);

export function table(ctx: Ctx, columns: string[], rows: Cell[][], opts: { weights?: number[]; totals?: number[] } = {}): void {
	const { doc, t, f } = ctx;
	const weights = opts.weights ?? columns.map((_, i) => (i === 0 ? (columns.length === 2 ? 1.6 : 2.2) : 1));
	const sum = weights.reduce((a, b) => a + b, 0);
	const widths = weights.map((w) => (w / sum) * ctx.width);
	const pad = 4;
	const size = 9;
	const numericColumn = columns.map((_, j) => rows.length > 0 && rows.every((r) => r[j] === '' || isNumeric(r[j])));
	const rowHeight = (cells: string[], bold: boolean) => {
		doc.font(bold ? SANS_BOLD : SANS).fontSize(size);
		return Math.max(...cells.map((c, j) => doc.heightOfString(c || ' ', { width: widths[j] - 2 * pad }))) + 2 * pad;
	};
	const drawRow = (cells: string[], bold: boolean, shade: boolean, height: number) => {
		doc.font(bold ? SANS_BOLD : SANS).fontSize(size);
		const top = doc.y;
		if (shade) doc.rect(ctx.left, top, ctx.width, height).fill('#eef1f3');
		let x = ctx.left;
		cells.forEach((c, j) => {
			doc.fillColor(INK).text(c, x + pad, top + pad, { width: widths[j] - 2 * pad, align: numericColumn[j] ? 'right' : 'left' });
			x += widths[j];
		});
		doc.moveTo(ctx.left, top + height).lineTo(ctx.left + ctx.width, top + height).lineWidth(0.5).strokeColor(RULE).stroke();
		doc.y = top + height;
	};
	const headerHeight = rowHeight(columns, true);
	const header = () => drawRow(columns, true, true, headerHeight);
	const texts = rows.map((r) => r.map((c) => cellText(c, t, f)));
	const heights = texts.map((cells, i) => rowHeight(cells, opts.totals?.includes(i) ?? false));
	ensureSpace(ctx, headerHeight + (heights[0] ?? 0));
	header();
	texts.forEach((cells, i) => {
		if (doc.y + heights[i] > ctx.bottom) {
			doc.addPage();
			header();
		}
		drawRow(cells, opts.totals?.includes(i) ?? false, false, heights[i]);
	});
	doc.x = ctx.left;
	doc.moveDown(0.6);
}

export type Bar = { label: string; values: (number | null)[] };

/**
 * Horizontal bars, one row per label; several values in a row are stacked in COLOURS order (with a
 * legend). A suppressed value (null) draws no bar, only "< 5", so the chart shows no more than the table.
 */
export function barChart(ctx: Ctx, bars: Bar[], opts: { legend?: string[]; colours?: string[]; format?: (n: number) => string; colourOf?: (i: number) => string } = {}): void {
	const { doc, t, f } = ctx;
	if (bars.length === 0) return;
	const format = opts.format ?? f.num;
	const colours = opts.colours ?? COLOURS;
	const rowH = 15;
	const barH = 9;
	const labelW = ctx.width * 0.36;
	const valueW = 62;
	const area = ctx.width - labelW - valueW - 8;
	const totals = bars.map((b) => (b.values.some((v) => v === null) ? null : b.values.reduce<number>((s, v) => s + (v ?? 0), 0)));
	const max = Math.max(1, ...totals.map((v) => v ?? 0));
	const legendH = opts.legend ? 16 : 0;
	ensureSpace(ctx, legendH + Math.min(bars.length, 6) * rowH + 8);
	doc.fontSize(8);
	if (opts.legend) {
		let x = ctx.left + labelW + 4;
		const y = doc.y;
		opts.legend.forEach((name, i) => {
			doc.rect(x, y + 1, 8, 8).fill(colours[i % colours.length]);
			doc.font(SANS).fillColor(MUTED).text(name, x + 12, y, { lineBreak: false });
			x += 12 + doc.widthOfString(name) + 14;
		});
		doc.y = y + legendH;
	}
	bars.forEach((bar, i) => {
		if (doc.y + rowH > ctx.bottom) doc.addPage();
		const y = doc.y;
		doc.font(SANS).fontSize(8.5).fillColor(INK).text(fit(doc, bar.label, labelW - 6), ctx.left, y + 2, { width: labelW - 6, align: 'right', lineBreak: false });
		let x = ctx.left + labelW;
		bar.values.forEach((v, k) => {
			if (v === null || v <= 0) return;
			const w = (v / max) * area;
			doc.rect(x, y + (rowH - barH) / 2, w, barH).fill(opts.colourOf ? opts.colourOf(i) : colours[k % colours.length]);
			x += w;
		});
		const total = totals[i];
		doc.font(SANS).fontSize(8.5).fillColor(total === null ? MUTED : INK).text(total === null ? t.suppressed : format(total), x + 4, y + 2, { width: valueW, lineBreak: false });
		// the axis where every bar starts, drawn row by row so a chart split over two pages keeps it
		doc.moveTo(ctx.left + labelW, y).lineTo(ctx.left + labelW, y + rowH).lineWidth(0.75).strokeColor(MUTED).stroke();
		doc.y = y + rowH;
	});
	doc.x = ctx.left;
	doc.moveDown(0.8);
}
