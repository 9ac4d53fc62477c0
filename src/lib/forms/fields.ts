/**
 * Building blocks of the form schemas, each failing with an error code (see parse.ts). Empty
 * inputs are "not given": optional fields become undefined, required ones fail with `required`.
 */
import { z } from 'zod';
import { LOCALES } from '$lib/i18n/locales';
import { cleanEmail, cleanedOr, cleanUrl, EMAIL_MAX, URL_MAX } from './contact';

// eslint-disable-next-line no-control-regex -- control characters are what is being removed
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** A typed text as the person meant it: no control characters (a pasted NUL was a 500), trimmed. */
export const clean = (v: unknown) => (typeof v === 'string' ? v.replace(CONTROL, '').trim() : v);
const emptyToUndefined = (v: unknown) => {
	const c = clean(v);
	return c === '' || c === null ? undefined : c;
};

export const requiredText = (max: number) => z.preprocess((v) => clean(v ?? ''), z.string().min(1, 'required').max(max, 'too_long'));
export const optionalText = (max: number) => z.preprocess(emptyToUndefined, z.string().max(max, 'too_long').optional());

/** The one e-mail rule (contact.ts); kept as typed (the flows compare addresses case-insensitively). */
const isEmail = (v: string) => cleanEmail(v) !== null;
export const requiredEmail = z.preprocess((v) => clean(v ?? ''), z.string().min(1, 'required').max(EMAIL_MAX, 'too_long').refine(isEmail, 'invalid_email'));
export const optionalEmail = z.preprocess(emptyToUndefined, z.string().max(EMAIL_MAX, 'too_long').refine(isEmail, 'invalid_email').optional());

/** The one web-address clean-up (contact.ts): "example.lv" gets https:// in front. */
export const optionalUrl = z.preprocess(emptyToUndefined, z.string().max(URL_MAX, 'too_long').transform(cleanedOr(cleanUrl, 'invalid_url')).optional());

export const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (s: string) => isoDate.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
export const requiredDate = z.preprocess((v) => clean(v ?? ''), z.string().min(1, 'required').refine(validDate, 'invalid_date'));
export const optionalDate = z.preprocess(emptyToUndefined, z.string().refine(validDate, 'invalid_date').optional());

/** A decimal number as typed in Latvia ("1 234,5") or elsewhere ("1234.5"). */
export const optionalNumber = z.preprocess((v) => {
	const c = emptyToUndefined(v);
	if (typeof c !== 'string') return c;
	const n = Number(c.replace(/[\s\u00a0]/g, '').replace(',', '.'));
	return Number.isFinite(n) ? n : NaN;
}, z.number('invalid_number').min(-1e12, 'invalid_number').max(1e12, 'invalid_number').optional());

/** A checkbox group: one value, several, or none all become an array. */
export const list = <T extends z.ZodType>(item: T) => z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(item));

export const choice = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: 'required' });

/** Text per language: Latvian required (the source and the fallback), the others optional. */
export const localizedRequired = (max: number) =>
	z.object({ lv: requiredText(max), en: optionalText(max), ro: optionalText(max), ru: optionalText(max) });
/** Optional, but a translation without the Latvian text (the fallback every reader may get) is refused. */
export const localizedOptional = (max: number) =>
	z
		.object({ lv: optionalText(max), en: optionalText(max), ro: optionalText(max), ru: optionalText(max) })
		.refine((v) => !!v.lv || (!v.en && !v.ro && !v.ru), { message: 'required', path: ['lv'] })
		.optional();

/** A row a button or select names (a member, a code): its id, or `code` when it is missing or malformed. */
export const uuid = (code: 'invalid' | 'required' = 'invalid') => z.preprocess(clean, z.uuid(code));
/** A row that may be left unchosen ('' is "none"). */
export const optionalUuid = z.preprocess(emptyToUndefined, z.uuid('invalid').optional());

export const CONTENT_LOCALES = LOCALES;
