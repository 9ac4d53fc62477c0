/** The public entry form, parsed (name, address, municipality, the question's answer, a photo contest's photo). */
import { localized } from '$lib/domain/localized';
import { entrySchema } from '$lib/forms/contest';
import { formValues, parseWith, typedFields, type FieldErrors } from '$lib/forms/parse';
import type { Db } from '../db/types';
import { MUNICIPAL_KINDS } from '../geography/municipal-kinds';
import { listTerritoriesByKinds } from '../geography/territories-repository';
import { lo, municipalities } from '../mentors/choices';
import { normaliseEmail } from '../people/domain';
import { preparedUpload, type UploadResult } from '../images/upload';
import { m } from '$lib/paraglide/messages';

export type MunicipalityGroup = { label: string; options: { id: number; name: string }[] };
/** Moldova's units of the municipal level (raioane, municipii, Găgăuzia), as the events' look-ups take them. */
const MOLDOVAN = MUNICIPAL_KINDS.filter((kind) => kind !== 'municipality');

/** Where an entrant lives: Latvia's municipalities in Latvian order, then Moldova's raioane and municipii by sort key. */
export async function municipalityChoices(db: Db, locale: string): Promise<MunicipalityGroup[]> {
	const latvian = await municipalities(db, locale);
	const moldovan = await listTerritoriesByKinds(db, MOLDOVAN);
	return [
		{ label: m.contest_municipalities_latvia({}, lo(locale)), options: latvian.map((t) => ({ id: t.id, name: t.name })) },
		{ label: m.contest_municipalities_moldova({}, lo(locale)), options: moldovan.map((t) => ({ id: t.id, name: localized(t.name, locale) })) }
	].filter((g) => g.options.length);
}

/** The ids the entry form may name. */
export const municipalityIds = (groups: MunicipalityGroup[]) => new Set(groups.flatMap((g) => g.options.map((o) => o.id)));

export type EntryForm = { name: string; email: string; municipalityId: number | null; answer: string | null };
/** The entry form's text fields as typed, shown again after a refusal. */
export const entryValues = (form: FormData) => typedFields(form, ['name', 'email', 'municipalityId', 'answer', 'consent']);
type Refused = { ok: false; errors: FieldErrors; values: Record<string, string> };

/** The entry form (forms/contest.ts), the address in the people module's normalised form it is stored in. */
export function parseEntryForm(form: FormData, opts: { municipalityIds: Set<number>; needsAnswer: boolean }): { ok: true; data: EntryForm } | Refused {
	const values = entryValues(form);
	const parsed = parseWith(entrySchema, formValues(form));
	const errors: FieldErrors = parsed.ok ? {} : { ...parsed.errors };
	const data = parsed.ok ? parsed.data : null;
	// the field rule and the people key differ at the edges ("a..b@example.lv"): an address the key refuses is refused here
	const email = normaliseEmail(values.email);
	if (!email && !errors.email) errors.email = 'invalid_email';
	const municipalityId = values.municipalityId ? Number(values.municipalityId) : null;
	if (municipalityId !== null && !opts.municipalityIds.has(municipalityId)) errors.municipalityId = 'invalid';
	if (opts.needsAnswer && !data?.answer && !errors.answer) errors.answer = 'required';
	if (!data || !email || Object.keys(errors).length) return { ok: false, errors, values };
	return { ok: true, data: { name: data.name, email, municipalityId, answer: opts.needsAnswer ? (data.answer ?? null) : null } };
}

/** A photo contest's photo: required, checked and resized by the image pipeline (refusals are its localized reasons). */
export async function entryPhoto(file: FormDataEntryValue | null): Promise<UploadResult> {
	if (!(file instanceof File) || file.size === 0) return { error: m.contest_photo_required(), field: 'file' };
	// the stored alt text is replaced once the entry has its public id (enter-flow.ts)
	return preparedUpload(file, 'photo');
}
