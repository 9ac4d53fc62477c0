import { json, type RequestHandler } from '@sveltejs/kit';
import { NEWS_BODY_MAX } from '$lib/forms/news';
import { requirePermission } from '$lib/server/auth/authorize';
import { previewNews } from '$lib/server/news/flow';
import { workspaceScope } from '$lib/server/workspace/access';

/** The editor's preview: the body as it will look, rendered and sanitized exactly as on save. */
export const POST: RequestHandler = async (event) => {
	await requirePermission(event, 'create:news', () => workspaceScope(event));
	const form = await event.request.formData();
	const source = String(form.get('body') ?? '').slice(0, NEWS_BODY_MAX);
	return json({ html: previewNews(source) });
};
