/** The exporters fed with a report the builder made from a database, not the hand-made fixture. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { openTestDb } from '../db/test-db';
import type { DbHandle } from '../db/client';
import { renderImpactXlsx } from '../impact-export';
import { buildImpactReport } from './build';
import { loadImpactFixture, type LoadFixture } from './load-fixture';

let h: DbHandle;
let f: LoadFixture;
beforeAll(async () => {
	h = await openTestDb();
	f = await loadImpactFixture(h.db, { registrations: 300, events: 10, tag: 'xls' });
});
afterAll(async () => h?.close());

describe('an XLSX of a built report', () => {
	it('its summary and participation sheets carry the report’s figures', async () => {
		const report = await buildImpactReport(h.db, { kind: 'project', id: f.projectId }, { from: null, to: null }, 'lv');
		const book = new ExcelJS.Workbook();
		await book.xlsx.load((await renderImpactXlsx(report)) as unknown as ArrayBuffer);
		const valueOf = (sheet: string, label: string) => {
			const ws = book.getWorksheet(sheet)!;
			for (let i = 1; i <= ws.rowCount; i++) if (ws.getRow(i).getCell(1).value === label) return ws.getRow(i).getCell(2).value;
			return undefined;
		};
		expect(report.participation.uniqueParticipants.value).toBeGreaterThan(0);
		expect(valueOf('Kopsavilkums', 'Unikālie dalībnieki')).toBe(report.participation.uniqueParticipants.value);
		expect(valueOf('Dalība', 'Apmeklējumi')).toBe(report.participation.attendances.value);
		expect(valueOf('Kopsavilkums', 'Ārpus projekta teritorijas') ?? null).toBe(report.origins.outside);
	});
});
