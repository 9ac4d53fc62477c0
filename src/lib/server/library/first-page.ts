/**
 * A handbook's cover for lists and its page: the PDF's first page drawn by PDF.js (through unpdf)
 * on @napi-rs/canvas, a prebuilt binary with no system libraries to install, and stored as WebP.
 * Runs in the job worker (thumbnail-job.ts), never in the request: a large PDF takes a while.
 */
import { sharp as loadSharp, unpdf } from '../runtime/lazy-modules';

/** Wide enough for a 2× card on a phone; a cover is a picture of the page, not something to read. */
export const COVER_WIDTH = 480;

// PDF.js 5 moves buffers with ArrayBuffer.prototype.transferToFixedLength, which Node 20 lacks
// (it came in Node 21); without it every page is drawn blank. A copy does the same for our use.
type Transferable = ArrayBuffer & { transferToFixedLength?: (length?: number) => ArrayBuffer };
const proto = ArrayBuffer.prototype as Transferable;
if (!proto.transferToFixedLength) {
	proto.transferToFixedLength = function (this: ArrayBuffer, length = this.byteLength) {
		const copy = new ArrayBuffer(length);
		new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
		return copy;
	};
}

export async function drawFirstPage(pdf: Uint8Array): Promise<{ bytes: Uint8Array; width: number; height: number }> {
	const [{ renderPageAsImage }, sharp] = await Promise.all([unpdf(), loadSharp()]);
	const png = await renderPageAsImage(new Uint8Array(pdf), 1, { canvasImport: () => import('@napi-rs/canvas'), width: COVER_WIDTH });
	const { data, info } = await sharp(Buffer.from(png)).flatten({ background: '#ffffff' }).webp({ quality: 78 }).toBuffer({ resolveWithObject: true });
	return { bytes: new Uint8Array(data), width: info.width, height: info.height };
}
