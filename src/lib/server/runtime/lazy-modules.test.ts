import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A server on PostgreSQL at 100k producers idled at 303 MB while ~78 MB of it was libraries that
 * no search or page view uses (spreadsheets, images, PDFs, QR codes, mail, the embedded database),
 * loaded at start-up because some module on the start-up path imported them. They are now imported
 * on first use (lazy-modules.ts); this scan keeps a new static import from bringing them back.
 */
const HEAVY = ['sharp', 'exceljs', 'mammoth', 'unpdf', 'qrcode', 'nodemailer', 'pdfkit', 'drand-client', '@electric-sql/pglite'];
/** Where a static import is right: the embedded database's own modules (loaded only when it is used). */
const ALLOWED = new Set(['src/lib/server/db/embedded-client.ts', 'src/lib/server/db/durable-fs.ts', 'src/lib/server/db/test-db.ts']);

const staticImport = (source: string, name: string) =>
	new RegExp(`^import\\s+(?!type\\s)[^;]*?from\\s+'${name.replace(/[/.]/g, '\\$&')}(/[^']*)?'`, 'm').test(source);

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		if (e.isDirectory()) return e.name === 'paraglide' ? [] : sourceFiles(path);
		// tests and their fixtures may import anything: they never run in the server
		return /\.(ts|svelte)$/.test(e.name) && !/(\.test\.ts|^test-[^/]*\.ts)$/.test(e.name) ? [path] : [];
	});
}

describe('heavy libraries are loaded on first use, not at start-up', () => {
	it('no server module imports them statically', () => {
		const files = sourceFiles('src');
		expect(files.length).toBeGreaterThan(500);
		const offenders = files.flatMap((f) => {
			if (ALLOWED.has(f)) return [];
			const source = readFileSync(f, 'utf8');
			return HEAVY.filter((name) => staticImport(source, name)).map((name) => `${f}: ${name}`);
		});
		expect(offenders).toEqual([]);
	});

	it('the scan tells a static import from a type import', () => {
		expect(staticImport(`import ExcelJS from 'exceljs';`, 'exceljs')).toBe(true);
		expect(staticImport(`import { PGlite } from '@electric-sql/pglite';`, '@electric-sql/pglite')).toBe(true);
		expect(staticImport(`import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';`, '@electric-sql/pglite')).toBe(true);
		expect(staticImport(`import type ExcelJS from 'exceljs';`, 'exceljs')).toBe(false);
		expect(staticImport(`const m = await import('exceljs');`, 'exceljs')).toBe(false);
	});

	it('each loader gives the library itself', async () => {
		const lazy = await import('./lazy-modules');
		expect(typeof (await lazy.exceljs()).Workbook).toBe('function');
		expect(typeof (await lazy.qrcode()).toString).toBe('function');
		expect(typeof (await lazy.pdfkit())).toBe('function');
		expect(typeof (await lazy.nodemailer()).createTransport).toBe('function');
	});
});
