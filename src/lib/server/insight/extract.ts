/**
 * Text out of an uploaded interview: DOCX through mammoth, PDF through unpdf (PDF.js). Runs in the
 * job worker (extract-job.ts), never in the request. A scanned PDF without a text layer gives no
 * text: the interview then says so and its text can be typed in.
 */
import { mammoth, unpdf } from '../runtime/lazy-modules';

export type UploadKind = 'docx' | 'pdf';
export const UPLOAD_MAX_BYTES = 10 * 1024 * 1024;
export const UPLOAD_TYPES: Record<UploadKind, string> = {
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	pdf: 'application/pdf'
};

/** What the bytes are, by their first bytes (not the name or the browser's word for it). */
export function sniffUpload(bytes: Uint8Array): UploadKind | null {
	const head = String.fromCharCode(...bytes.subarray(0, 5));
	if (head === '%PDF-') return 'pdf';
	if (head.startsWith('PK\u0003\u0004')) return 'docx';
	return null;
}

export async function extractUploadText(kind: UploadKind, bytes: Uint8Array): Promise<string> {
	if (kind === 'docx') {
		const { value } = await (await mammoth()).extractRawText({ buffer: Buffer.from(bytes) });
		return tidyText(value);
	}
	const { extractText, getDocumentProxy } = await unpdf();
	const pdf = await getDocumentProxy(new Uint8Array(bytes));
	const { text } = await extractText(pdf, { mergePages: true });
	return tidyText(text);
}

// eslint-disable-next-line no-control-regex -- control characters are what is being removed
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** One way to write an interview's text: \n line ends, no control characters, at most one blank line, no trailing spaces. */
export function tidyText(text: string): string {
	return text
		.normalize('NFC')
		.replace(/\r\n?/g, '\n')
		.replace(CONTROL, '')
		.replace(/[ \t\u00a0]+\n/g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}
