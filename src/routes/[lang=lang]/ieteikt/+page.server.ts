import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize } from '$lib/server/auth/authorize';
import { config } from '$lib/server/config/env';
import { db } from '$lib/server/db/bootstrap';
import { authSecret } from '$lib/server/auth/secret';
import { checkFormStart, HONEYPOT_FIELD, honeypotFilled, signFormStart, STARTED_FIELD } from '$lib/server/moderation/form-guard';
import { isBodyTooLarge } from '$lib/server/hooks/malformed-input';
import { parseSuggestionForm, type SuggestionValues } from '$lib/server/moderation/suggestion-form';
import { suggestionFormOptions } from '$lib/server/moderation/suggestion-options';
import { submitSuggestion } from '$lib/server/moderation/suggestions-flow';
import { checkUpload, ImageRejectedError } from '$lib/server/images/domain';
import { prepareImage, type PreparedImage } from '$lib/server/images/flow';
import { imageRejectionMessage } from '$lib/server/images/messages';
import { heicDecodable } from '$lib/server/images/process';
import { sniffImageType } from '$lib/server/images/sniff';
import { m } from '$lib/paraglide/messages';
import { findPossibleDuplicates } from '$lib/server/duplicates/find-duplicates';

/** The optional photo: checked by size and content before anything is stored. */
async function readPhoto(form: FormData): Promise<{ bytes?: Uint8Array; error?: string }> {
	const file = form.get('photo');
	if (!(file instanceof File) || file.size === 0) return {};
	const bytes = new Uint8Array(await file.arrayBuffer());
	try {
		checkUpload(bytes, sniffImageType(bytes), config().IMAGE_MAX_BYTES, await heicDecodable());
		return { bytes };
	} catch (e) {
		if (e instanceof ImageRejectedError) return { error: imageRejectionMessage(e.reason) };
		throw e;
	}
}

export const load: PageServerLoad = async ({ params }) => ({
	options: await suggestionFormOptions(db(), params.lang),
	started: signFormStart(new Date(), authSecret())
});

export const actions: Actions = {
	default: async (event) => {
		await authorize(event, 'create:suggestion');
		let form: FormData;
		try {
			form = await event.request.formData();
		} catch (e) {
			// a photo past BODY_SIZE_LIMIT: nothing of the body can be read, so say what to do (the page keeps what was typed when JavaScript runs)
			if (!isBodyTooLarge(e)) throw e;
			return fail(413, { values: {} as SuggestionValues, errors: {}, photoError: imageRejectionMessage('too_large'), formError: 'fields' as const, started: signFormStart(new Date(), authSecret()) });
		}
		const options = await suggestionFormOptions(db(), event.params.lang);
		const parsed = parseSuggestionForm(form, {
			kinds: options.kinds,
			municipalityIds: new Set(options.municipalities.map((m) => m.id)),
			categoryIds: new Set(options.categories.map((c) => c.id))
		});
		const secret = authSecret();
		const started = signFormStart(new Date(), secret);
		// a filled honeypot is a bot; answer like any refusal so it learns nothing
		if (honeypotFilled(form.get(HONEYPOT_FIELD))) return fail(400, { values: parsed.values, errors: {}, formError: 'spam' as const, started });
		const timing = checkFormStart(form.get(STARTED_FIELD) as string | null, new Date(), secret);
		if (timing === 'too_fast') return fail(400, { values: parsed.values, errors: parsed.errors, formError: 'too_fast' as const, started: form.get(STARTED_FIELD) as string });
		if (timing !== 'ok') return fail(400, { values: parsed.values, errors: parsed.errors, formError: 'expired' as const, started });
		const photo = await readPhoto(form);
		if (!parsed.fields || !parsed.suggesterEmail || photo.error) {
			return fail(400, { values: parsed.values, errors: parsed.errors, photoError: photo.error, formError: 'fields' as const, started: form.get(STARTED_FIELD) as string });
		}

		// "is it one of these?" once; the second submit (not_duplicate) goes through
		if (form.get('not_duplicate') !== '1') {
			const f = parsed.fields;
			const duplicates = await findPossibleDuplicates(db(), { name: f.name, phone: f.phone, email: f.email, website: f.website, municipalityId: f.municipalityId }, event.params.lang);
			if (duplicates.length) return fail(409, { values: parsed.values, errors: {}, duplicates, started: form.get(STARTED_FIELD) as string });
		}
		// decoding and resizing happen before the transaction; a photo that cannot be decoded is left out (the page says so)
		let prepared: PreparedImage | undefined;
		let photoRefused: string | undefined;
		if (photo.bytes) {
			try {
				prepared = await prepareImage(photo.bytes, m.suggest_photo_alt({ name: parsed.fields.name }));
			} catch (e) {
				if (!(e instanceof ImageRejectedError)) throw e;
				photoRefused = imageRejectionMessage(e.reason);
			}
		}
		// the form token, the rate limits, the suggestion and its photo commit together or not at all
		const result = await submitSuggestion(db(), {
			fields: parsed.fields,
			suggesterEmail: parsed.suggesterEmail,
			locale: event.params.lang,
			ip: event.locals.clientAddress,
			userId: event.locals.principal?.userId ?? null,
			formToken: form.get(STARTED_FIELD) as string,
			photo: prepared
		});
		if (!result.ok && result.reason === 'expired') return fail(400, { values: parsed.values, errors: {}, formError: 'expired' as const, started });
		if (!result.ok && result.reason === 'rate_limited') return fail(429, { values: parsed.values, errors: {}, formError: 'rate_limited' as const, started });
		// nothing was stored and the token is still good: the same form can be sent again as it is
		if (!result.ok) return fail(503, { values: parsed.values, errors: {}, photoError: m.suggest_photo_store_failed(), formError: 'fields' as const, started: form.get(STARTED_FIELD) as string });
		return { sent: true as const, email: parsed.suggesterEmail, photoRefused };
	}
};

/** No SvelteKit client: a plain form, posted in place by the form-in-place island (decision 007). */
export const csr = false;
