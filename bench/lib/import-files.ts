// Files for bench/import-latency.ts: a producers CSV of a given size, as an association writes it
// (Latvian headers, `;`, messy municipality names, several products, quoted descriptions), and an
// XLSX "zip bomb" — a small, valid-looking workbook whose one sheet unpacks to hundreds of MB of XML.
import { createDeflateRaw } from 'node:zlib';
import { MUNICIPALITIES, NAMES, PRODUCTS, WORDS } from './producer-words.mjs';

const cell = (s: string) => (/[;"\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/** A producers CSV of about `bytes` bytes (UTF-8, `;`, CRLF) and its number of data rows. */
export function producersCsv(bytes: number): { data: Buffer; rows: number } {
	const lines = ['external_id;Nosaukums;Novads;Adrese;Tālrunis;E-pasts;Mājaslapa;Produkti;Apraksts'];
	let size = lines[0].length + 2;
	let i = 0;
	for (; size < bytes; i++) {
		const products = [...new Set([PRODUCTS[i % 14], PRODUCTS[(i * 7 + 3) % 14], ...(i % 3 === 0 ? [PRODUCTS[(i * 5 + 1) % 14]] : [])])];
		const line = [
			`LAT-${i}`,
			`${NAMES[i % 10]} ${WORDS[(i >> 3) % 6]} ${i}`,
			MUNICIPALITIES[i % MUNICIPALITIES.length],
			`"${NAMES[(i >> 2) % 10]}", ${1 + (i % 40)}. māja`,
			i % 17 === 0 ? '' : `+371 2${String(1_000_000 + i).slice(-7)}`,
			`razotajs${i}@example.lv`,
			i % 4 === 0 ? `https://razotajs${i}.example.lv` : '',
			products.join(', '),
			`Ražotājs nr. ${i}; ģimenes saimniecība, kas audzē un pārstrādā pašu produkciju.\nPārdodam arī tirdziņos.`
		]
			.map(cell)
			.join(';');
		lines.push(line);
		size += Buffer.byteLength(line) + 2;
	}
	return { data: Buffer.from(lines.join('\r\n') + '\r\n'), rows: i };
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});
function crc32(chunks: Buffer[], crc = 0xffffffff): number {
	for (const b of chunks) for (let i = 0; i < b.length; i++) crc = crcTable[(crc ^ b[i]) & 0xff] ^ (crc >>> 8);
	return crc >>> 0;
}

type ZipFile = { name: string; data: Buffer; size: number; crc: number };

async function deflateRepeated(head: string, body: Buffer, times: number, tail: string): Promise<ZipFile & { name: '' }> {
	const deflate = createDeflateRaw({ level: 9 });
	const out: Buffer[] = [];
	deflate.on('data', (c: Buffer) => out.push(c));
	const done = new Promise((r) => deflate.on('end', r));
	const parts = [Buffer.from(head), Buffer.from(tail)];
	let crc = crc32([parts[0]], 0xffffffff) ^ 0xffffffff;
	deflate.write(parts[0]);
	for (let i = 0; i < times; i++) {
		crc = crc32([body], (crc ^ 0xffffffff) >>> 0) ^ 0xffffffff;
		if (!deflate.write(body)) await new Promise((r) => deflate.once('drain', r));
	}
	crc = crc32([parts[1]], (crc ^ 0xffffffff) >>> 0) ^ 0xffffffff;
	deflate.end(parts[1]);
	await done;
	return { name: '', data: Buffer.concat(out), size: parts[0].length + body.length * times + parts[1].length, crc: crc >>> 0 };
}

/** A zip archive of deflated entries; `lie` declares every unpacked size as 1 kB (the guard must not trust it). */
function zip(files: ZipFile[], lie: boolean): Buffer {
	const locals: Buffer[] = [];
	const centrals: Buffer[] = [];
	let offset = 0;
	for (const f of files) {
		const name = Buffer.from(f.name);
		const size = lie ? Math.min(f.size, 1024) : Math.min(f.size, 0xfffffffe);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt16LE(8, 8);
		local.writeUInt32LE(f.crc, 14);
		local.writeUInt32LE(f.data.length, 18);
		local.writeUInt32LE(size, 22);
		local.writeUInt16LE(name.length, 26);
		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt16LE(20, 4);
		central.writeUInt16LE(20, 6);
		central.writeUInt16LE(8, 10);
		central.writeUInt32LE(f.crc, 16);
		central.writeUInt32LE(f.data.length, 20);
		central.writeUInt32LE(size, 24);
		central.writeUInt16LE(name.length, 28);
		central.writeUInt32LE(offset, 42);
		locals.push(local, name, f.data);
		centrals.push(central, name);
		offset += 30 + name.length + f.data.length;
	}
	const dir = Buffer.concat(centrals);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(files.length, 8);
	end.writeUInt16LE(files.length, 10);
	end.writeUInt32LE(dir.length, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...locals, dir, end]);
}

async function small(name: string, text: string): Promise<ZipFile> {
	return { ...(await deflateRepeated(text, Buffer.alloc(0), 0, '')), name };
}

/** An XLSX whose sheet1.xml unpacks to about `unpackedMb` MB of rows; `lie`: sizes in the archive say 1 kB. */
export async function xlsxBomb(unpackedMb: number, lie: boolean): Promise<{ data: Buffer; unpacked: number }> {
	const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
	const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
	const row = '<row r="2"><c r="A2" t="inlineStr"><is><t>Liepu medus</t></is></c><c r="B2" t="inlineStr"><is><t>Siguldas novads</t></is></c></row>';
	const block = Buffer.from(row.repeat(Math.floor(1048576 / row.length)));
	const sheet = {
		...(await deflateRepeated(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}"><sheetData>`, block, Math.ceil((unpackedMb * 1048576) / block.length), '</sheetData></worksheet>')),
		name: 'xl/worksheets/sheet1.xml'
	};
	const files = [
		await small('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`),
		await small('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
		await small('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="Ražotāji" sheetId="1" r:id="rId1"/></sheets></workbook>`),
		await small('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
		sheet
	];
	return { data: zip(files, lie), unpacked: files.reduce((n, f) => n + f.size, 0) };
}
