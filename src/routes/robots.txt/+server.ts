import type { RequestHandler } from '@sveltejs/kit';
import { LOCALES } from '$lib/i18n/locales';
import { robotsTxt } from '$lib/server/export/sitemap-flow';
import { linkOrigin, textResponse } from '$lib/server/export/respond-text';

export const GET: RequestHandler = ({ url, request }) => textResponse(request, robotsTxt(linkOrigin(url), LOCALES), 'text/plain; charset=utf-8', 3600);
