/**
 * The producer forms, one schema: the owner's producer form (sign-up and edit) and the "suggest a
 * producer" form derived from it (`.pick()` / `.extend()`), with the contact rules every listing
 * shares (contact.ts, also the importer's and the drafts'). Choices that live in the database
 * (kinds, municipalities, categories) come in as `choices`. Error codes as in parse.ts; the pages
 * localize them.
 */
import { z } from 'zod';
import { cleanedOr, cleanEmail, contactFields } from './contact';
import { clean, optionalText, requiredText } from './fields';
import { typedFields } from './parse';

export const PRECISIONS = ['exact', 'locality', 'municipality'] as const;
export type Precision = (typeof PRECISIONS)[number];

export type ProducerFormChoices = { kinds: readonly string[]; municipalityIds: ReadonlySet<number>; categoryIds: ReadonlySet<number> };

const typed = (v: unknown) => clean(v ?? '');
const oneOf = <T extends string>(values: readonly T[]) => z.preprocess(typed, z.string().refine((v): v is T => (values as readonly string[]).includes(v), 'required')) as z.ZodType<T>;
const idIn = (ids: ReadonlySet<number>) => z.preprocess((v) => Number(typed(v)), z.number().refine((n) => ids.has(n), 'required'));
/** Checkboxes: the known ids, once each, in order; anything else is dropped, never an error. */
const knownIds = (ids: ReadonlySet<number>) =>
	z.preprocess((v) => (v === undefined ? [] : [v].flat()), z.array(z.unknown()).transform((list) => [...new Set(list.map(Number))].filter((n) => ids.has(n)).sort((a, b) => a - b)));
const orNull = <T extends z.ZodType>(field: T) => field.transform((v) => v ?? null);
const channel = <T extends z.ZodType>(field: T) => z.preprocess(typed, field);

const CHANNELS = ['phone', 'email', 'website', 'facebook', 'instagram'] as const;
/** A listing nobody can reach is no use to a reader: at least one channel, reported on the phone field. */
function needsContact<S extends z.ZodObject>(schema: S) {
	return schema.superRefine(
		(d: Record<string, unknown>, ctx) => {
			if (!CHANNELS.some((k) => d[k])) ctx.addIssue({ code: 'custom', path: ['phone'], message: 'contact_required' });
		},
		// checked even when other fields are wrong, so every problem shows at once
		{ when: () => true }
	);
}

/** The owner's producer form: every field a producer keeps up to date (moderation/drafts.ts names, except the Latvian description). */
export const producerFormShape = (choices: ProducerFormChoices & { thisYear: number }) =>
	z.object({
		name: requiredText(200),
		kind: oneOf(choices.kinds),
		description: requiredText(5000),
		municipalityId: idIn(choices.municipalityIds),
		address: orNull(optionalText(300)),
		locationPrecision: oneOf(PRECISIONS),
		phone: channel(contactFields.phone),
		email: channel(contactFields.email),
		website: channel(contactFields.website),
		facebook: channel(contactFields.facebook),
		instagram: channel(contactFields.instagram),
		foundedYear: z.preprocess(
			(v) => (typed(v) === '' ? null : Number(typed(v))),
			z.number('invalid').int('invalid').min(1800, 'invalid').max(choices.thisYear, 'invalid').nullable()
		),
		categoryIds: knownIds(choices.categoryIds)
	});

export const producerFormSchema = (choices: ProducerFormChoices & { thisYear: number }) => needsContact(producerFormShape(choices));

/** "Suggest a producer": the same fields a stranger can know, what they make instead of a description, and who suggests it. */
export const suggestionFormSchema = (choices: ProducerFormChoices) =>
	needsContact(
		producerFormShape({ ...choices, thisYear: 0 })
			.pick({ name: true, kind: true, municipalityId: true, address: true, phone: true, email: true, website: true, facebook: true, categoryIds: true })
			.extend({
				whatTheyMake: requiredText(2000),
				suggesterEmail: z.preprocess(typed, z.string().min(1, 'required').transform(cleanedOr(cleanEmail, 'invalid')))
			})
	);

/** What the page shows again after a refusal: each text field as typed (cleaned), the known categories chosen as "1,2". */
export function typedProducerValues<K extends string>(form: FormData, fields: readonly K[], categoryIds: ReadonlySet<number>): Record<K, string> & { categoryIds: string } {
	const values = typedFields(form, fields);
	const chosen = [...new Set(form.getAll('categoryIds').map(Number))].filter((n) => categoryIds.has(n)).sort((a, b) => a - b);
	return { ...values, categoryIds: chosen.join(',') };
}
