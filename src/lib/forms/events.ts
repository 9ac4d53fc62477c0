/**
 * The event forms: an organiser's event (workspace) and a visitor's registration. One zod schema
 * each, used in the browser and on the server (parse.ts); errors are codes (messages.ts).
 */
import { z } from 'zod';
import { EVENT_ZONES } from '$lib/domain/event-time';
import { AGE_BANDS, EMPLOYMENT, EVENT_KINDS, FUNDER_FIELDS, GENDERS, SPOKEN_LANGUAGES } from '$lib/events/choices';
import { choice, clean, isoDate, list, localizedOptional, localizedRequired, optionalDate, optionalEmail, optionalNumber, optionalText, optionalUrl, requiredDate, requiredEmail, requiredText, uuid } from './fields';

const time = z.preprocess((v) => clean(v ?? ''), z.string().min(1, 'required').regex(/^([01]?\d|2[0-3]):[0-5]\d$/, 'invalid_time'));
const optionalTime = z.preprocess((v) => (clean(v) === '' ? undefined : clean(v)), z.string().regex(/^([01]?\d|2[0-3]):[0-5]\d$/, 'invalid_time').optional());
const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());
const wholeNumber = (min: number, max: number) => optionalNumber.refine((n) => n === undefined || (Number.isInteger(n) && n >= min && n <= max), 'invalid_number');
const always = () => true;
const text = (x: unknown) => (typeof x === 'string' ? x : '');
/** End before start, read from whatever the fields parsed to (a failed field counts as empty). */
function endsBeforeStart(v: { startDate?: unknown; endDate?: unknown; startTime?: unknown; endTime?: unknown }): boolean {
	const start = text(v.startDate);
	const end = text(v.endDate) || start;
	if (!isoDate.test(end) || !isoDate.test(start) || !text(v.endTime) || !text(v.startTime)) return false;
	return `${end}T${text(v.endTime).padStart(5, '0')}` < `${start}T${text(v.startTime).padStart(5, '0')}`;
}
const rows = <T extends z.ZodType>(row: T) => z.preprocess((v) => (Array.isArray(v) ? v : []), z.array(row));

const question = z.object({
	label: localizedOptional(300).transform((v) => v ?? {}),
	kind: z.enum(['text', 'choice', 'yesno']).catch('text'),
	options: optionalText(1000),
	required: checkbox.optional()
});
const material = z.object({ title: optionalText(200), url: optionalUrl, before: checkbox.optional() });
const stop = z.object({ target: optionalText(200), time: optionalTime, note: optionalText(300) });

export const eventSchema = z
	.object({
		submission: uuid(),
		title: localizedRequired(200),
		summary: localizedOptional(500),
		description: localizedOptional(5000),
		kind: choice(EVENT_KINDS),
		project: optionalText(40),
		startDate: requiredDate,
		startTime: time,
		endDate: optionalDate,
		endTime: time,
		timeZone: choice(EVENT_ZONES),
		online: checkbox.optional(),
		joinUrl: optionalUrl,
		place: optionalText(200),
		venueName: optionalText(200),
		address: optionalText(300),
		lat: optionalNumber.refine((n) => n === undefined || (n >= -90 && n <= 90), 'invalid_number'),
		lng: optionalNumber.refine((n) => n === undefined || (n >= -180 && n <= 180), 'invalid_number'),
		municipality: optionalText(200),
		capacity: wholeNumber(0, 100000),
		opensDate: optionalDate,
		closesDate: optionalDate,
		offerHours: wholeNumber(1, 336),
		reminders: optionalText(50).refine((v) => v === undefined || /^\s*\d{1,3}(\s*[,;]\s*\d{1,3})*\s*$/.test(v), 'invalid_number'),
		accessibility: localizedOptional(1000),
		languages: list(z.enum(SPOKEN_LANGUAGES)),
		questions: rows(question),
		consent: localizedOptional(1000),
		funderFields: list(z.enum(FUNDER_FIELDS)),
		materials: rows(material),
		recordingUrl: optionalUrl,
		stops: rows(stop),
		hosts: list(z.preprocess(clean, z.string().max(200)))
	})
	// the whole-form rules run even when a field failed (`when`): the organiser hears every mistake at once
	.refine((v) => !endsBeforeStart(v), { message: 'date_order', path: ['endTime'], when: always })
	.refine((v) => !(v.online === true && !v.joinUrl), { message: 'required', path: ['joinUrl'], when: always })
	.refine((v) => v.online === true || !!v.place || !!v.address || !!v.venueName, { message: 'venue_required', path: ['address'], when: always })
	.superRefine((v, ctx) => {
		v.questions.forEach((q, i) => {
			if (q.kind === 'choice' && q.label.lv && !(q.options ?? '').split(/[\n,;]/).some((o) => o.trim())) ctx.addIssue({ code: 'custom', message: 'options_required', path: ['questions', i, 'options'] });
		});
		v.materials.forEach((mat, i) => {
			if (mat.title && !mat.url) ctx.addIssue({ code: 'custom', message: 'required', path: ['materials', i, 'url'] });
		});
	});

export type EventForm = z.output<typeof eventSchema>;

/** A visitor's registration; the questions and funder facts are checked against the event on the server. */
export const registrationSchema = z.object({
	name: requiredText(200),
	email: requiredEmail,
	guests: wholeNumber(0, 20),
	guestNames: optionalText(1000),
	consent: checkbox.refine((v) => v, 'consent_required'),
	gender: z.preprocess((v) => (v === '' ? undefined : v), z.enum(GENDERS).optional()),
	ageBand: z.preprocess((v) => (v === '' ? undefined : v), z.enum(AGE_BANDS).optional()),
	employmentStatus: z.preprocess((v) => (v === '' ? undefined : v), z.enum(EMPLOYMENT).optional()),
	municipality: optionalText(200),
	answers: z.preprocess((v) => (v && typeof v === 'object' ? v : {}), z.record(z.string(), z.preprocess((x) => clean(x ?? ''), z.string().max(2000, 'too_long'))))
});

export type RegistrationForm = z.output<typeof registrationSchema>;

/** Staff: a walk-in at the door. */
export const walkInSchema = z.object({ name: requiredText(200), email: optionalEmail });

/** Staff: write to the registrants. */
export const messageSchema = z.object({ audience: z.enum(['registered', 'attended', 'absent']), subject: requiredText(200), body: requiredText(5000) });
