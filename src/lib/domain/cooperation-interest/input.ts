/**
 * The forms of a cooperation interest (issue 19), parsed without the database: the interest itself,
 * a message of the thread, an outcome. Errors are the shared form codes ($lib/forms/messages.ts), so the
 * page says what is wrong in the reader's language and keeps everything typed.
 */
// the same list as the schema's cooperation_outcomes check (the domain layer does not import the server)
export const OUTCOME_KINDS = ['meeting', 'agreement', 'first_order'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export const MAX_MESSAGE = 4000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()-]{6,20}$/;

export type InterestInput = { fromName: string; message: string; contactEmail: string; contactPhone: string | null; fromProfileId: string | null };
export type InterestField = 'fromName' | 'message' | 'contactEmail' | 'contactPhone';
export type Parsed<T, F extends string> = { ok: true; value: T } | { ok: false; errors: Partial<Record<F, string>> };

const text = (f: FormData, k: string) => String(f.get(k) ?? '').trim();

export function parseInterest(f: FormData): Parsed<InterestInput, InterestField> {
	const fromName = text(f, 'fromName');
	const message = text(f, 'message');
	const contactEmail = text(f, 'contactEmail');
	const contactPhone = text(f, 'contactPhone');
	const fromProfileId = text(f, 'fromProfileId');
	const errors: Partial<Record<InterestField, string>> = {};
	if (!fromName) errors.fromName = 'required';
	else if (fromName.length > 200) errors.fromName = 'too_long';
	if (!message) errors.message = 'required';
	else if (message.length > MAX_MESSAGE) errors.message = 'too_long';
	if (!EMAIL.test(contactEmail) || contactEmail.length > 254) errors.contactEmail = 'invalid_email';
	if (contactPhone && !PHONE.test(contactPhone)) errors.contactPhone = 'invalid';
	if (Object.keys(errors).length) return { ok: false, errors };
	return { ok: true, value: { fromName, message, contactEmail, contactPhone: contactPhone || null, fromProfileId: fromProfileId || null } };
}

export function parseMessage(f: FormData): Parsed<string, 'body'> {
	const body = text(f, 'body');
	if (!body) return { ok: false, errors: { body: 'required' } };
	if (body.length > MAX_MESSAGE) return { ok: false, errors: { body: 'too_long' } };
	return { ok: true, value: body };
}

export type OutcomeInput = { kind: OutcomeKind; happenedOn: string; note: string | null };

/** An outcome happened on a real calendar day, not after today (Riga's day is close enough: one day of slack). */
export function parseOutcome(f: FormData, today: string): Parsed<OutcomeInput, 'kind' | 'happenedOn' | 'note'> {
	const kind = text(f, 'kind');
	const happenedOn = text(f, 'happenedOn');
	const note = text(f, 'note');
	const errors: Partial<Record<'kind' | 'happenedOn' | 'note', string>> = {};
	if (!(OUTCOME_KINDS as readonly string[]).includes(kind)) errors.kind = 'invalid';
	if (!isDay(happenedOn) || happenedOn > nextDay(today)) errors.happenedOn = 'invalid_date';
	if (note.length > 1000) errors.note = 'too_long';
	if (Object.keys(errors).length) return { ok: false, errors };
	return { ok: true, value: { kind: kind as OutcomeKind, happenedOn, note: note || null } };
}

function isDay(s: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function nextDay(day: string): string {
	const d = new Date(`${day}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + 1);
	return d.toISOString().slice(0, 10);
}
