/** A shared file as a download: private (never cached by a shared cache), never sniffed or run by the browser. */
import { error } from '@sveltejs/kit';
import type { Db } from '../db/types';
import { downloadName, sharedFileBytes } from './files';
import { findResource } from './pairs-repository';

export async function fileResponse(db: Db, matchId: string, resourceId: string): Promise<Response> {
	if (!/^[0-9a-f-]{36}$/.test(resourceId)) error(404, 'Not found');
	const resource = await findResource(db, matchId, resourceId);
	const file = resource ? await sharedFileBytes(db, resource.id) : null;
	if (!resource || !file) error(404, 'Not found');
	const name = downloadName(resource.fileName);
	return new Response(file.bytes as BodyInit, {
		headers: {
			'content-type': file.mediaType,
			'content-length': String(file.bytes.length),
			'content-disposition': `attachment; filename="${name.replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
			'cache-control': 'private, no-store',
			'x-content-type-options': 'nosniff'
		}
	});
}
