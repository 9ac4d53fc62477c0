/**
 * The one rule for each contact channel, used by every form, the importer and the drafts every
 * listing change passes through (moderation/drafts.ts): a phone, an e-mail, a web address, a social
 * profile. Each cleaner returns the stored value or null when the text cannot be used; the zod
 * fields fail with the error code `invalid` (localized by forms/messages.ts and the pages).
 * Pure and free of `$lib` imports: CLI importers load it too.
 */
import { z } from 'zod';

/**
 * A Latvian (+371, 8 digits from 2, 6, 8 or 9) or Moldovan (+373, 8 digits; locally written with
 * a leading 0) number as "+371 2912 3456" / "+373 69 123 456" / "+373 231 2 34 56". Strict on purpose: a listing's
 * number is dialled by strangers, and a number that is not one of these two countries' plans is
 * almost always a typo (a digit missing, two numbers run together).
 */
export function cleanPhone(text: string): string | null {
	let digits = text.replace(/[\s\-()./]/g, '');
	if (!/^\+?\d+$/.test(digits)) return null;
	digits = digits.replace(/^\+/, '').replace(/^00/, '');
	if (/^371[2689]\d{7}$/.test(digits)) digits = digits.slice(3);
	else if (/^373\d{8}$/.test(digits)) return moldovan(digits.slice(3));
	else if (/^0\d{8}$/.test(digits)) return moldovan(digits.slice(1));
	if (/^[2689]\d{7}$/.test(digits)) return `+371 ${digits.slice(0, 4)} ${digits.slice(4)}`;
	return null;
}

/**
 * A Moldovan national number (8 digits) as Moldovans write it: a mobile (06x/07x) or Chișinău (022)
 * as "+373 69 123 456"; any other landline with its 3-digit raion code and the 5-digit local
 * number, as the raion's directories print it: Bălți "+373 231 2 34 56".
 */
const moldovan = (d: string): string | null => {
	if (!/^[2-9]\d{7}$/.test(d)) return null;
	if (d[0] === '2' && d[1] !== '2') return `+373 ${d.slice(0, 3)} ${d[3]} ${d.slice(4, 6)} ${d.slice(6)}`;
	return `+373 ${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}`;
};

const EMAIL = /^[^\s@;,<>"]+@[^\s@;,<>"]+\.[a-z]{2,}$/i;
export const EMAIL_MAX = 254;

/** "Vards@Piemers.LV" / "mailto:vards@piemers.lv" → "vards@piemers.lv". */
export function cleanEmail(text: string): string | null {
	const value = text.replace(/^mailto:/i, '').trim();
	return EMAIL.test(value) && value.length <= EMAIL_MAX ? value.toLowerCase() : null;
}

export const URL_MAX = 500;

/**
 * "www.medus.lv" and "medus.lv" are what people type: stored as "https://www.medus.lv" (no
 * trailing "/"). A host with a dot, no spaces, at most URL_MAX characters.
 */
export function cleanUrl(text: string): string | null {
	const value = text.trim();
	if (!value || /\s/.test(value) || value.length > URL_MAX) return null;
	try {
		const url = new URL(/^https?:\/\//i.test(value) ? value : `https://${value}`);
		return url.hostname.includes('.') ? url.toString().replace(/\/$/, '') : null;
	} catch {
		return null;
	}
}

/** A profile URL or just the handle ("@bisudrava", "bisudrava") on that network. */
export function cleanSocial(text: string, host: 'facebook.com' | 'instagram.com'): string | null {
	const handle = text.trim().replace(/^@/, '');
	if (/^[\p{L}\d._-]+$/u.test(handle)) return `https://${host}/${handle}`;
	return cleanUrl(text);
}

/** A cleaner as a zod transform: the cleaned value, or the error `code`. */
export const cleanedOr =
	(cleaner: (text: string) => string | null, code: string) =>
	<T>(v: string, ctx: z.core.$RefinementCtx<T>): string => {
		const out = cleaner(v);
		if (out === null) ctx.addIssue({ code: 'custom', message: code });
		return out ?? v;
	};

/** A zod field from a cleaner: '' and null are "not given" (null), anything else is cleaned or `invalid`. */
const cleaned = (clean: (text: string) => string | null) =>
	z
		.string()
		.nullable()
		.transform((v, ctx) => (v === null || !v.trim() ? null : cleanedOr(clean, 'invalid')(v, ctx)));

export const phoneField = cleaned(cleanPhone);
export const emailField = cleaned(cleanEmail);
export const urlField = cleaned(cleanUrl);
export const socialField = (host: 'facebook.com' | 'instagram.com') => cleaned((t) => cleanSocial(t, host));

/** The contact channels of a producer, sales point or place, as the drafts store them. */
export const contactFields = {
	phone: phoneField,
	email: emailField,
	website: urlField,
	facebook: socialField('facebook.com'),
	instagram: socialField('instagram.com')
};

/**
 * The same rules for values already stored or proposed (drafts, the API): checked, kept as they are
 * written (trimmed) so a revision shows exactly what its author sent.
 */
const checked = (clean: (text: string) => string | null) =>
	z
		.string()
		.trim()
		.nullable()
		.transform((v) => v || null)
		.refine((v) => v === null || clean(v) !== null, { message: 'invalid' });

/** A stored link is a whole http(s) address (a bare handle is cleaned into one before it is stored). */
const storedUrl = checked((t) => (/^https?:\/\//i.test(t) ? cleanUrl(t) : null));

export const storedContactFields = {
	phone: checked(cleanPhone),
	email: checked(cleanEmail),
	website: storedUrl,
	facebook: storedUrl,
	instagram: storedUrl
};
