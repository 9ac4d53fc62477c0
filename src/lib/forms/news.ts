import { z } from 'zod';
import { LOCALES } from '$lib/i18n/locales';
import { choice, optionalText, optionalUuid, requiredText } from './fields';

/** The longest body a post (and the editor's preview) takes. */
export const NEWS_BODY_MAX = 20_000;

/** A news post: one language per post, the body in the simple markup (news/markup.ts on the server). */
export const newsSchema = z.object({
	title: requiredText(200),
	lang: choice(LOCALES),
	project: optionalUuid,
	summary: optionalText(400),
	body: requiredText(NEWS_BODY_MAX),
	status: choice(['draft', 'published']),
	imageAlt: optionalText(250)
});

export type NewsInput = z.output<typeof newsSchema>;
