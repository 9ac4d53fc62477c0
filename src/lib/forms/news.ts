import { z } from 'zod';
import { LOCALES } from '$lib/i18n/locales';
import { choice, clean, optionalText, requiredText } from './fields';

/** A news post: one language per post, the body in the simple markup (news/markup.ts on the server). */
export const newsSchema = z.object({
	title: requiredText(200),
	lang: choice(LOCALES),
	project: z.preprocess((v) => (clean(v) === '' ? undefined : clean(v)), z.uuid('invalid').optional()),
	summary: optionalText(400),
	body: requiredText(20_000),
	status: choice(['draft', 'published']),
	imageAlt: optionalText(250)
});

export type NewsInput = z.output<typeof newsSchema>;
