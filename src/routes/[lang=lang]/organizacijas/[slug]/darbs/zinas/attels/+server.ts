import { json, type RequestHandler } from '@sveltejs/kit';
import { requirePermission } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { preparedUpload, readFormWithUpload, tooLargeMessage } from '$lib/server/images/upload';
import { storeNewsImage } from '$lib/server/news/flow';
import { workspaceScope } from '$lib/server/workspace/access';

/** The editor's picture button (with JavaScript): stores the picture, answers with the markup to insert. */
export const POST: RequestHandler = async (event) => {
	const principal = await requirePermission(event, 'create:news', () => workspaceScope(event));
	const { organisationId } = await workspaceScope(event);
	const form = await readFormWithUpload(event.request);
	if (!form) return json({ error: tooLargeMessage() }, { status: 413 });
	const upload = await preparedUpload(form.get('file'), String(form.get('alt') ?? ''));
	if ('error' in upload) return json({ error: upload.error, field: upload.field }, { status: 400 });
	if (!upload.image) return json({ error: '', field: 'file' }, { status: 400 });
	const stored = await storeNewsImage(db(), { actorUserId: principal.userId, organisationId, image: upload.image });
	return json(stored);
};
