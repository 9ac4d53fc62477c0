/**
 * Reading a form that may carry a picture: the body (a 413 from adapter-node's size limit becomes
 * a localized message, not an error page) and the picture itself, checked and resized before the
 * caller's transaction stores it (`saveImage`).
 */
import { ImageRejectedError, prepareImage, type PreparedImage } from './flow';
import { imageRejectionMessage } from './messages';

const isTooLarge = (e: unknown) => typeof e === 'object' && e !== null && 'status' in e && (e as { status: number }).status === 413;

/** The form data, or null when the body was over the size limit. */
export async function readFormWithUpload(request: Request): Promise<FormData | null> {
	try {
		return await request.formData();
	} catch (e) {
		if (isTooLarge(e)) return null;
		throw e;
	}
}

export const tooLargeMessage = () => imageRejectionMessage('too_large');

export type UploadResult = { image: PreparedImage | null } | { error: string; field: 'file' | 'alt' };

/** The picture of a file field (none when left empty), with its alt text. */
export async function preparedUpload(file: FormDataEntryValue | null, alt: string | undefined): Promise<UploadResult> {
	if (!(file instanceof File) || file.size === 0) return { image: null };
	try {
		return { image: await prepareImage(new Uint8Array(await file.arrayBuffer()), alt ?? '') };
	} catch (e) {
		if (!(e instanceof ImageRejectedError)) throw e;
		return { error: imageRejectionMessage(e.reason), field: e.reason === 'alt_required' || e.reason === 'alt_too_long' ? 'alt' : 'file' };
	}
}
