/** The public entry form, parsed (name, address, municipality, the question's answer, a photo contest's photo). */
import { sortLatvian } from '$lib/text/collation';
import { localized } from '$lib/domain/localized';
import { cleanText } from '$lib/text/clean';
import type { Db } from '../db/types';
import { listTerritoriesByKind } from '../geography/territories-repository';
import { preparedUpload, type UploadResult } from '../images/upload';
import { m } from '$lib/paraglide/messages';

export async function municipalityChoices(db: Db, locale: string): Promise<{ id: number; name: string }[]> {
	const rows = await listTerritoriesByKind(db, 'municipality');
	return sortLatvian(
		rows.map((t) => ({ id: t.id, name: localized(t.name, locale) })),
		(t) => t.name
	);
}

export type EntryForm = { name: string; email: string; municipalityId: number | null; answer: string | null };

export function parseEntryForm(form: FormData, opts: { municipalityIds: Set<number>; needsAnswer: boolean }): { ok: true; data: EntryForm } | { ok: false; errors: Record<string, string>; values: Record<string, string> } {
	const values: Record<string, string> = {};
	for (const k of ['name', 'email', 'municipalityId', 'answer', 'consent']) values[k] = String(form.get(k) ?? '');
	const errors: Record<string, string> = {};
	const name = cleanText(values.name).trim().slice(0, 200);
	const email = cleanText(values.email).trim().slice(0, 320);
	if (!name) errors.name = 'required';
	if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.email = email ? 'invalid_email' : 'required';
	const municipalityId = values.municipalityId ? Number(values.municipalityId) : null;
	if (municipalityId !== null && !opts.municipalityIds.has(municipalityId)) errors.municipalityId = 'invalid';
	const answer = cleanText(values.answer).trim().slice(0, 2000);
	if (opts.needsAnswer && !answer) errors.answer = 'required';
	if (values.consent !== 'on') errors.consent = 'required';
	if (Object.keys(errors).length) return { ok: false, errors, values };
	return { ok: true, data: { name, email, municipalityId, answer: opts.needsAnswer ? answer : null } };
}

/** A photo contest's photo: required, checked and resized by the image pipeline (refusals are its localized reasons). */
export async function entryPhoto(file: FormDataEntryValue | null): Promise<UploadResult> {
	if (!(file instanceof File) || file.size === 0) return { error: m.contest_photo_required(), field: 'file' };
	// the stored alt text is replaced once the entry has its public id (enter-flow.ts)
	return preparedUpload(file, 'photo');
}
