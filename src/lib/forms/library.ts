/**
 * The library item form (create and edit), one schema for the browser and the server. What is
 * required depends on the kind: a video needs a YouTube, Vimeo or PeerTube address (its player is
 * loaded only when someone presses play); a handbook needs its PDF (checked by the flow, which sees
 * the upload); every other kind needs an address.
 */
import { z } from 'zod';
import { parseChapters } from '$lib/library/chapters';
import { parseVideoLink } from '$lib/library/video';
import { choice, clean, list, localizedRequired, optionalText, optionalUrl } from './fields';

export const LIBRARY_KINDS = ['video', 'handbook', 'webinar_recording', 'virtual_tour', 'presentation', 'link'] as const;
export type LibraryKind = (typeof LIBRARY_KINDS)[number];

/** Kinds played in the page's click-to-load player: their address must be a video service's. */
export const PLAYED_KINDS: readonly LibraryKind[] = ['video', 'webinar_recording'];

const always = () => true;
const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
/** Every kind but a handbook (whose PDF is the upload) is somewhere: it needs its address. */
const needsUrl = (kind: unknown) => typeof kind === 'string' && kind !== 'handbook';

const uuidOrEmpty = z.preprocess((v) => (clean(v) === '' ? undefined : clean(v)), z.uuid('invalid').optional());
const wholeNumber = (max: number) =>
	z.preprocess((v) => {
		const c = clean(v);
		if (c === '' || c === undefined || c === null) return undefined;
		return typeof c === 'string' && /^\d+$/.test(c) ? Number(c) : NaN;
	}, z.number('invalid_number').int('invalid_number').min(1, 'invalid_number').max(max, 'invalid_number').optional());

export const libraryItemSchema = z
	.object({
		kind: choice(LIBRARY_KINDS),
		title: localizedRequired(200),
		summary: localizedRequired(600),
		/** The material's own language: an ISO 639-1 code. */
		language: z.preprocess((v) => clean(v ?? ''), z.string().regex(/^[a-z]{2}$/, 'required')),
		author: optionalText(200),
		url: optionalUrl,
		durationMinutes: wholeNumber(24 * 60),
		pages: wholeNumber(5000),
		topics: list(z.coerce.number('invalid').int('invalid').positive('invalid')),
		projectId: uuidOrEmpty,
		eventId: uuidOrEmpty,
		transcript: optionalText(200_000),
		chapters: optionalText(20_000),
		status: choice(['draft', 'published']),
		fileAlt: optionalText(250)
	})
	// the whole-form rules run even when a field failed (`when`), so staff hear every mistake at once;
	// they read the values defensively, as a failed field may hold anything
	.refine((v) => !needsUrl(v.kind) || !!text(v.url), { message: 'required', path: ['url'], when: always })
	.refine((v) => !PLAYED_KINDS.includes(v.kind as LibraryKind) || !text(v.url) || !!parseVideoLink(text(v.url)), { message: 'video_link', path: ['url'], when: always })
	.refine((v) => !text(v.chapters) || parseChapters(text(v.chapters)).ok, { message: 'chapters', path: ['chapters'], when: always });

export type LibraryItemInput = z.output<typeof libraryItemSchema>;
