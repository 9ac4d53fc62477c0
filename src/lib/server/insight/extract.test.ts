import { describe, expect, it } from 'vitest';
import { extractUploadText, sniffUpload, tidyText } from './extract';
import { docxOf, pdfOf } from './test-files';

describe('text from uploaded interviews', () => {
	it('reads a DOCX with Latvian letters, one paragraph per line', async () => {
		const bytes = await docxOf(['Kā jūs vērtējat pakalpojumu pieejamību?', 'Trūkst vietējā siera un koprades telpas.']);
		expect(sniffUpload(bytes)).toBe('docx');
		expect(await extractUploadText('docx', bytes)).toBe('Kā jūs vērtējat pakalpojumu pieejamību?\n\nTrūkst vietējā siera un koprades telpas.');
	});

	it('reads a PDF’s text layer', async () => {
		const bytes = pdfOf(['Interview 3 (entrepreneur)', 'We need a shared kitchen.']);
		expect(sniffUpload(bytes)).toBe('pdf');
		expect(await extractUploadText('pdf', bytes)).toBe('Interview 3 (entrepreneur)\nWe need a shared kitchen.');
	});

	it('recognises neither from a name or a text file', () => {
		expect(sniffUpload(new TextEncoder().encode('just text'))).toBeNull();
		expect(sniffUpload(new Uint8Array())).toBeNull();
	});

	it('tidies line ends, control characters and blank lines', () => {
		expect(tidyText('a\r\nb \u0007\n\n\n\nc  ')).toBe('a\nb\n\nc');
	});
});
