/**
 * One zod schema per form, used on both sides: the browser checks before sending (validate.ts),
 * the server parses the same FormData with the same schema. Schemas report error *codes*
 * (`required`, `too_long`, …) as their messages; `errorText` turns a code into the reader's
 * language. Pure: no DOM, no server imports.
 */
import type { z } from 'zod';
import { cleanText } from '../text/clean';

/** Field path ("title.lv", "results.0.value") → error code. */
export type FieldErrors = Record<string, string>;

const INDEX = /^\d+$/;

/**
 * FormData as nested data: `title.lv` → { title: { lv } }, `results.0.value` → { results: [{ value }] },
 * a name sent more than once (checkboxes) → an array. Files are kept as they are; text is trimmed
 * of control characters by the schemas, not here.
 */
export function formValues(form: FormData): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	const seen = new Set<string>();
	for (const [name, value] of form.entries()) {
		if (name.startsWith('$') || name.startsWith('_')) continue; // SvelteKit's and ours (buttons)
		const path = name.split('.');
		let node: Record<string, unknown> | unknown[] = out;
		for (let i = 0; i < path.length - 1; i++) {
			const key = path[i];
			const nextIsIndex = INDEX.test(path[i + 1]);
			const container = (node as Record<string, unknown>)[key];
			if (container === undefined || typeof container !== 'object' || container === null) {
				(node as Record<string, unknown>)[key] = nextIsIndex ? [] : {};
			}
			node = (node as Record<string, unknown>)[key] as Record<string, unknown>;
		}
		const leaf = path[path.length - 1];
		const target = node as Record<string, unknown>;
		if (seen.has(name)) {
			const before = target[leaf];
			target[leaf] = Array.isArray(before) ? [...before, value] : [before, value];
		} else {
			target[leaf] = value;
			seen.add(name);
		}
	}
	return out;
}

/** The schema's verdict: the parsed data, or error codes by field path (the first per field). */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): { ok: true; data: z.output<S> } | { ok: false; errors: FieldErrors } {
	const result = schema.safeParse(input);
	if (result.success) return { ok: true, data: result.data };
	const errors: FieldErrors = {};
	for (const issue of result.error.issues) {
		const path = issue.path.map(String).join('.') || '_form';
		if (errors[path]) continue;
		errors[path] = /^[a-z_]+$/.test(issue.message) ? issue.message : 'invalid';
	}
	return { ok: false, errors };
}

/** What the page shows again after a refused submit: every text field as it was typed (no files). */
export function typedValues(form: FormData): Record<string, string | string[]> {
	const out: Record<string, string | string[]> = {};
	for (const [name, value] of form.entries()) {
		if (typeof value !== 'string' || name.startsWith('$')) continue;
		const before = out[name];
		out[name] = before === undefined ? value : Array.isArray(before) ? [...before, value] : [before, value];
	}
	return out;
}

/** The named text fields as typed (cleaned of control characters), to show again after a refusal. */
export function typedFields<K extends string>(form: FormData, fields: readonly K[]): Record<K, string> {
	return Object.fromEntries(fields.map((k) => [k, cleanText(form.get(k))])) as Record<K, string>;
}
