/** Test helper: a library item form as the browser posts it, parsed with the form's one schema. */
import { formValues, parseWith } from '$lib/forms/parse';
import { libraryItemSchema, type LibraryItemInput } from '$lib/forms/library';

export function libraryForm(fields: Record<string, string | string[]>): LibraryItemInput {
	const f = new FormData();
	for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) f.append(k, x);
	const parsed = parseWith(libraryItemSchema, formValues(f));
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return parsed.data;
}
