/** The `library.thumbnail` job: draws the cover of the file it was queued for, if that is still the item's file. */
import type { Db } from '../db/types';
import { fileBytes, putThumbnail } from './files-repository';
import { drawFirstPage } from './first-page';
import type { LibraryThumbnailJob } from './flow';

/** 'drawn', or why not: the item or its file is gone, or a newer upload replaced it (its own job draws that one). */
export async function drawLibraryThumbnail(db: Db, job: LibraryThumbnailJob): Promise<'drawn' | 'gone' | 'replaced'> {
	const file = await fileBytes(db, job.itemId);
	if (!file) return 'gone';
	if (file.sha256 !== job.sha256) return 'replaced';
	const picture = await drawFirstPage(file.bytes);
	return (await putThumbnail(db, job.itemId, job.sha256, picture)) ? 'drawn' : 'replaced';
}
