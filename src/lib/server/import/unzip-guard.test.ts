import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { assertUnpacksWithin, MAX_UNPACKED_BYTES, zipEntries } from './unzip-guard';
import { readTable } from './read-table';

/** A zip of one deflated entry whose headers claim it unpacks to `claimedSize` bytes (a bomb lies). */
function zipOf(name: string, content: Buffer, claimedSize = content.length): Uint8Array {
	const data = deflateRawSync(content, { level: 1 });
	const fileName = Buffer.from(name);
	const local = Buffer.alloc(30);
	local.writeUInt32LE(0x04034b50, 0);
	local.writeUInt16LE(8, 8); // deflate
	local.writeUInt32LE(data.length, 18);
	local.writeUInt32LE(claimedSize, 22);
	local.writeUInt16LE(fileName.length, 26);
	const central = Buffer.alloc(46);
	central.writeUInt32LE(0x02014b50, 0);
	central.writeUInt16LE(8, 10);
	central.writeUInt32LE(data.length, 20);
	central.writeUInt32LE(claimedSize, 24);
	central.writeUInt16LE(fileName.length, 28);
	central.writeUInt32LE(0, 42); // the local header's offset
	const directoryAt = local.length + fileName.length + data.length;
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(1, 8);
	end.writeUInt16LE(1, 10);
	end.writeUInt32LE(central.length + fileName.length, 12);
	end.writeUInt32LE(directoryAt, 16);
	return new Uint8Array(Buffer.concat([local, fileName, data, central, fileName, end]));
}

describe('unzip guard', () => {
	it('lets a real workbook through', async () => {
		const wb = new ExcelJS.Workbook();
		wb.addWorksheet('Ražotāji').addRow(['Nosaukums', 'Novads']);
		const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
		expect(zipEntries(bytes).map((e) => e.name)).toContain('xl/workbook.xml');
		await expect(assertUnpacksWithin(bytes)).resolves.toBeUndefined();
	});

	it('refuses by the declared size, and by what inflating really gives when the headers lie', async () => {
		const sheet = Buffer.alloc(64 * 1024, '<c><v>1</v></c>');
		await expect(assertUnpacksWithin(zipOf('xl/worksheets/sheet1.xml', sheet), 32 * 1024)).rejects.toMatchObject({ reason: 'too_large' });
		await expect(assertUnpacksWithin(zipOf('xl/worksheets/sheet1.xml', sheet, 100), 32 * 1024)).rejects.toMatchObject({ reason: 'too_large' });
		await expect(assertUnpacksWithin(zipOf('xl/worksheets/sheet1.xml', sheet, 100), 128 * 1024)).resolves.toBeUndefined();
	});

	it('an import of an XLSX that unpacks past the limit is refused as too large, not parsed', async () => {
		const bomb = zipOf('xl/worksheets/sheet1.xml', Buffer.alloc(MAX_UNPACKED_BYTES + 1024 * 1024, '<row/>'), 1000);
		expect(bomb.length).toBeLessThan(1024 * 1024);
		await expect(readTable(bomb)).rejects.toMatchObject({ code: 'too_large' });
	}, 30_000); // building the 151 MB bomb took 5.1 s on the busy 2-core box (default limit 5 s)
});
