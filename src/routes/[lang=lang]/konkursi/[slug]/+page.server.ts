import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { isLocale } from '$lib/i18n/locales';
import { localized, localizedLang } from '$lib/domain/localized';
import { authorize } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { enterContest, entriesOpen } from '$lib/server/contests/enter-flow';
import { entryPhoto, entryValues, municipalityChoices, municipalityIds, parseEntryForm } from '$lib/server/contests/public-input';
import { contestForEntry, publicContest } from '$lib/server/contests/queries';
import { contestGallery } from '$lib/server/contests/photo-queries';
import { readFormWithUpload, tooLargeMessage } from '$lib/server/images/upload';
import { contestSourceView } from '$lib/server/contests/source-view';

export const load: PageServerLoad = async ({ params, locals }) => {
	const now = new Date();
	const view = await publicContest(db(), params.slug, params.lang, now);
	if (!view) error(404, 'Not found');
	const c = view.contest;
	const text = (t: typeof c.title | null) => (t ? { text: localized(t, params.lang), lang: localizedLang(t, params.lang) } : null);
	return {
		contest: {
			slug: c.slug,
			title: text(c.title)!,
			rules: text(c.rules)!,
			question: text(c.question),
			opensAt: c.opensAt,
			closesAt: c.closesAt,
			winners: c.winners,
			eligibility: c.eligibility,
			minEvents: c.minEvents,
			isDemo: c.isDemo,
			open: entriesOpen(c, now),
			upcoming: c.opensAt > now,
			frozen: c.frozenAt ? { at: c.frozenAt, listHash: c.listHash ?? '', entries: c.entryCount ?? 0 } : null,
			drawn: !!c.drawnAt
		},
		source: contestSourceView(c),
		prizes: view.prizes,
		winners: view.winners?.map((w) => ({ place: w.place, publicId: w.publicId, name: w.name, municipality: w.municipality })) ?? null,
		gallery: c.eligibility === 'photo' ? await contestGallery(db(), c.id, params.lang) : [],
		municipalities: await municipalityChoices(db(), params.lang),
		signedIn: locals.principal ? { email: locals.principal.email } : null
	};
};

export const actions: Actions = {
	default: async (event) => {
		const principal = await authorize(event, 'create:contest_entry');
		const { params } = event;
		const locale = isLocale(params.lang) ? params.lang : 'lv';
		const contest = await contestForEntry(db(), params.slug);
		if (!contest) error(404, 'Not found');
		const form = await readFormWithUpload(event.request);
		if (!form) return fail(413, { reason: 'invalid' as const, values: {} as Record<string, string>, errors: {} as Record<string, string>, photoError: tooLargeMessage() });
		const municipalities = await municipalityChoices(db(), locale);
		const parsed = parseEntryForm(form, { municipalityIds: municipalityIds(municipalities), needsAnswer: contest.eligibility === 'question' });
		// a photo contest's picture is checked and resized before the entry's transaction stores it
		const photo = contest.eligibility === 'photo' ? await entryPhoto(form.get('photo')) : { image: null };
		const photoError = 'error' in photo ? photo.error : undefined;
		if (!parsed.ok || photoError) return fail(400, { reason: 'invalid' as const, values: parsed.ok ? entryValues(form) : parsed.values, errors: parsed.ok ? {} : parsed.errors, photoError });
		const outcome = await enterContest(db(), principal, { slug: params.slug, locale, ...parsed.data, photo: 'image' in photo ? photo.image : null });
		if (outcome.kind === 'not_found') error(404, 'Not found');
		if (outcome.kind === 'entered') return { done: 'entered' as const, publicId: outcome.publicId, email: parsed.data.email };
		if (outcome.kind === 'check_mail') return { done: 'check_mail' as const, publicId: null, email: parsed.data.email };
		return fail(409, { reason: outcome.kind, values: entryValues(form), errors: {} as Record<string, string>, photoError: undefined });
	}
};

/** A public page without SvelteKit's client (decision 007). */
export const csr = false;
