/**
 * A funder's logo as bytes pdfkit can draw (PNG or JPEG). The model's `src` is an absolute file path or
 * an image id from the image pipeline (project_logos → images), whose stored variants are WebP
 * (images/storage.ts), so those are converted to PNG with sharp. A logo that cannot be read is
 * skipped (null), never a failed report: the acknowledgement text still names the funder.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { sharp } from '../runtime/lazy-modules';
import type { Db } from '$lib/server/db/types';
import { sniffImageType } from '../images/sniff';

export type LogoLoader = (src: string) => Promise<Buffer | null>;

const IMAGE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MEDIA_PATH = /^\/media\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\//i;
/** The largest stored variant a logo needs: printed at most ~6 cm wide. */
const LOGO_WIDTH = 640;

export async function loadLogo(src: string, database?: Db): Promise<Buffer | null> {
	try {
		let bytes: Buffer | null = null;
		// the report model names stored logos by their public address (`/media/{id}/640.webp`, what the page shows)
		const media = MEDIA_PATH.exec(src);
		if (media) bytes = await storedImage(media[1], database);
		else if (isAbsolute(src)) bytes = await readFile(src);
		else if (IMAGE_ID.test(src)) bytes = await storedImage(src, database);
		return bytes ? await drawable(bytes) : null;
	} catch (e) {
		console.warn(`Impact report: logo ${src} skipped (${e instanceof Error ? e.message : e})`);
		return null;
	}
}

async function storedImage(id: string, database?: Db): Promise<Buffer | null> {
	// loaded on demand: the exporter's tests and file-path logos need no database
	const { imageStorage } = await import('../images/storage');
	const db = database ?? (await import('../db/bootstrap')).db();
	const variant = await imageStorage().get(db, id, LOGO_WIDTH);
	return variant ? Buffer.from(variant.bytes) : null;
}

/** PNG and JPEG as they are; anything sharp can read (WebP…) as PNG; anything else is refused. */
async function drawable(bytes: Buffer): Promise<Buffer | null> {
	const type = sniffImageType(bytes);
	if (type === 'png' || type === 'jpeg') return bytes;
	return await (await sharp())(bytes).png().toBuffer();
}
