import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { decodeBytes, encodeWindows1257 } from './decode';
import { readTable, sniffSeparator } from './read-table';

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/import/${name}`));

describe('decodeBytes', () => {
	it('drops a UTF-8 byte-order mark', async () => {
		const { text, encoding } = await decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Nosaukums')]));
		expect([text, encoding]).toEqual(['Nosaukums', 'utf-8-bom']);
	});
	it('reads bytes that are not valid UTF-8 as Windows-1257', async () => {
		const { text, encoding } = await decodeBytes(encodeWindows1257('Ķiploku dārzs; Žāvētas zivis'));
		expect([text, encoding]).toEqual(['Ķiploku dārzs; Žāvētas zivis', 'windows-1257']);
	});
	it('keeps plain UTF-8', async () => {
		expect((await decodeBytes(new TextEncoder().encode('Tālrunis'))).encoding).toBe('utf-8');
	});
});

describe('sniffSeparator', () => {
	it('picks the most frequent separator of the header line outside quotes', () => {
		expect(sniffSeparator('Nosaukums;Novads;"a,b,c"\n1,2,3,4,5')).toBe(';');
		expect(sniffSeparator('name,municipality\nx;y;z')).toBe(',');
		expect(sniffSeparator('name\tmunicipality')).toBe('\t');
	});
});

describe('readTable', () => {
	it('reads a UTF-8 file with a BOM and comma separators', async () => {
		const t = await readTable(fixture('utf8-bom.csv'));
		expect(t.headers[0]).toBe('Nosaukums'); // no BOM glued to the first header
		expect([t.encoding, t.separator, t.rows.length]).toEqual(['utf-8-bom', ',', 4]);
	});
	it('reads Windows-1257 bytes with Latvian letters intact', async () => {
		const t = await readTable(fixture('windows-1257.csv'));
		expect(t.encoding).toBe('windows-1257');
		expect(t.rows[0].cells[0]).toBe('Ķiploku dārzs');
		expect(t.rows[1].cells[0]).toBe('Žāvētas zivis "Jūrmalnieki"');
	});
	it('reads semicolons and a quoted cell with a line break as one row, numbered like a spreadsheet', async () => {
		const t = await readTable(fixture('semicolon-newlines.csv'));
		expect(t.separator).toBe(';');
		expect(t.rows[0].cells[6]).toBe('Medus no Ozolniekiem.\r\nOtrā rinda aprakstā.');
		expect(t.rows.map((r) => r.rowNumber)).toEqual([2, 3, 5, 6, 8, 9]);
		expect(t.emptyRows).toBe(2);
	});
	it('reads the first sheet of an XLSX file, or the one named', async () => {
		const wb = new ExcelJS.Workbook();
		wb.addWorksheet('Piezīmes').addRow(['nothing here']);
		const sheet = wb.addWorksheet('Ražotāji');
		sheet.addRow(['Nosaukums', 'Novads', 'Mājaslapa']);
		sheet.addRow(['Bišu drava', 'Siguldas novads', { text: 'drava.lv', hyperlink: 'https://drava.lv' }]);
		sheet.addRow([]);
		sheet.addRow([{ richText: [{ text: 'Siera ' }, { text: 'māja' }] }, 'Rīga', null]);
		const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
		expect((await readTable(bytes)).headers).toEqual(['nothing here']);
		const t = await readTable(bytes, { sheet: 'ražotāji' });
		expect([t.format, t.sheet, t.emptyRows]).toEqual(['xlsx', 'Ražotāji', 1]);
		expect(t.rows.map((r) => r.cells)).toEqual([
			['Bišu drava', 'Siguldas novads', 'drava.lv'],
			['Siera māja', 'Rīga']
		]);
		await expect(readTable(bytes, { sheet: 'Nav' })).rejects.toThrow('no_sheet');
	});
	it('hands the event loop back while it parses, so a server importing keeps answering', async () => {
		const csv = 'name,municipality\n' + Array.from({ length: 5000 }, (_, i) => `Ražotājs ${i},Rīga`).join('\n');
		let ticks = 0;
		let counting = true;
		const tick = () => {
			ticks++;
			if (counting) setImmediate(tick);
		};
		setImmediate(tick);
		const t = await readTable(new TextEncoder().encode(csv));
		const during = ticks;
		counting = false;
		expect(t.rows).toHaveLength(5000);
		expect(during).toBeGreaterThan(5);
	});
	it('takes control characters (a NUL byte) out of cells and says which', async () => {
		const t = await readTable(new TextEncoder().encode('name,municipality\nMedus\u0000 sēta,Rīga\u0007\n'));
		expect(t.rows.map((r) => r.cells)).toEqual([['Medus sēta', 'Rīga']]);
		expect(t.cleanedCells).toEqual([
			{ rowNumber: 2, column: 0 },
			{ rowNumber: 2, column: 1 }
		]);
	});
	it('refuses an empty file', async () => {
		await expect(readTable(new TextEncoder().encode('\n\n'))).rejects.toThrow('empty_file');
	});
});
