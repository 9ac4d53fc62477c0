import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { parse } from 'csv-parse/sync';
import type { DbHandle } from '$lib/server/db/client';
import { producers, territories } from '$lib/server/db/schema';
import { openTestDb } from '$lib/server/db/test-db';
import { exportParams, exportRows, resolveExport } from '$lib/server/export/flow';
import { csvStream } from '$lib/server/export/writers';
import { runImport } from './flow';

/**
 * Issue 19: a Moldovan LAG's database of local entrepreneurs, as its staff keep it — Romanian or
 * Russian headers, raion and locality names as they write them, +373 numbers in local form — is
 * imported, edited by a second import, and exported with its Romanian and Russian descriptions.
 */
const ROMANIAN = [
	'Cod intern;Denumire;Raion;Localitate;Adresă;Telefon;Produse;Categorii;Descriere;Descriere RU',
	'GAL-1;Prisaca Albinuța;Municipiul Bălți;;str. Independenței 12;0231 2 34 56;Miere de salcâm | Miere de tei;medus;Miere din Bălți, de la stupina familiei.;Мёд из Бельц.',
	'GAL-2;Brânzeturi Edineţ;Edineț;Edineț;str. Ştefan cel Mare 5;069 123 456;Brânză de oaie;;Brânză de oaie din Edineţ.;',
	'GAL-3;Covoare Cosăuți;Raionul Soroca;Cosăuți;;079 555 111;Covor țesut;;Covoare țesute de mână.;'
].join('\r\n');

const RUSSIAN = ['Идентификатор;Название;Район;Населённый пункт;Адрес;Телефон;Продукция;Описание', 'GAL-4;Сады Дрокии;Дрокиевский район;Дрокия;ул. Ленина 3;+373 252 2 11 22;Яблоки;Яблоки из Дрокии.'].join('\r\n');

let h: DbHandle;
beforeAll(async () => {
	h = await openTestDb();
}, 120_000);
afterAll(async () => {
	await h?.close();
});

const enc = (s: string) => new TextEncoder().encode(s);
const row = async (externalId: string) =>
	(
		await h.db
			.select({ name: producers.name, phone: producers.phone, address: producers.address, description: producers.description, municipality: territories.slug, localityId: producers.localityId })
			.from(producers)
			.innerJoin(territories, eq(territories.id, producers.municipalityId))
			.where(eq(producers.externalId, externalId))
	)[0];

async function csvText(): Promise<string> {
	const r = await resolveExport(h.db, exportParams.parse({}));
	if (!r.ok) throw new Error('filters');
	const chunks: Buffer[] = [];
	for await (const c of csvStream(exportRows(h.db, r.value, 'https://tuvuma.test')) as Readable) chunks.push(Buffer.from(c));
	return Buffer.concat(chunks).toString('utf8');
}

describe('a Moldovan LAG imports, edits and exports its entrepreneurs', () => {
	it('reads Romanian headers, Moldovan territories and numbers', async () => {
		const report = await runImport(h.db, enc(ROMANIAN), { fileName: 'antreprenori.csv', dryRun: false, asStatus: 'published' });
		expect(report.columns.unknown, JSON.stringify(report.columns)).toEqual([]);
		expect([report.created, report.skipped], JSON.stringify(report.issues)).toEqual([3, 0]);
		const balti = await row('GAL-1');
		expect(balti).toMatchObject({ name: 'Prisaca Albinuța', municipality: 'balti', phone: '+373 231 2 34 56', address: 'str. Independenței 12' });
		// no Latvian text (the column stays empty): the pages fall back to Romanian, then Russian (localized())
		expect(balti.description).toMatchObject({ ro: 'Miere din Bălți, de la stupina familiei.', ru: 'Мёд из Бельц.' });
		expect(await row('GAL-2')).toMatchObject({ municipality: 'edinet-rajons', phone: '+373 69 123 456' });
		expect((await row('GAL-2')).localityId).toBe(553);
		expect(await row('GAL-3')).toMatchObject({ municipality: 'soroca-rajons', localityId: 570, phone: '+373 79 555 111' });
	});

	it('reads Russian headers and Russian names of a raion and a town', async () => {
		const report = await runImport(h.db, enc(RUSSIAN), { fileName: 'предприниматели.csv', dryRun: false, asStatus: 'published' });
		expect(report.columns.unknown).toEqual([]);
		expect(report.created, JSON.stringify(report)).toBe(1);
		expect(await row('GAL-4')).toMatchObject({ municipality: 'drochia-rajons', localityId: 552, phone: '+373 252 2 11 22', description: { ru: 'Яблоки из Дрокии.' } });
	});

	it('a second file edits the rows (the existing tools), keeping the other language', async () => {
		const edit = ['Cod intern;Denumire;Raion;Telefon;Descriere', 'GAL-1;Prisaca Albinuța;Bălți;+373 69 000 111;Miere de salcâm și de tei din Bălți.'].join('\r\n');
		const report = await runImport(h.db, enc(edit), { fileName: 'corecturi.csv', dryRun: false, asStatus: 'published' });
		expect(report.updated, JSON.stringify(report)).toBe(1);
		const balti = await row('GAL-1');
		expect(balti.phone).toBe('+373 69 000 111');
		expect(balti.description).toMatchObject({ ro: 'Miere de salcâm și de tei din Bălți.', ru: 'Мёд из Бельц.' });
	});

	it('exports them with the Romanian and Russian descriptions, and the export imports again', async () => {
		const text = await csvText();
		const rows: Record<string, string>[] = parse(text, { bom: true, delimiter: ';', columns: true });
		const balti = rows.find((r) => r.external_id === 'GAL-1')!;
		// a cell starting with + is written as text ('+…), so a spreadsheet does not read it as a formula
		expect(balti.phone.replace(/^'/, '')).toBe('+373 69 000 111');
		expect(balti).toMatchObject({ description_ro: 'Miere de salcâm și de tei din Bălți.', description_ru: 'Мёд из Бельц.' });
		const other = await openTestDb();
		try {
			const report = await runImport(other.db, enc(text), { fileName: 'tuvuma-razotaji.csv', dryRun: false, asStatus: 'published' });
			expect([report.created, report.skipped], JSON.stringify(report.issues)).toEqual([4, 0]);
		} finally {
			await other.close();
		}
	});
});
