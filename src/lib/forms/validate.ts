import { tick } from 'svelte';
import type { SubmitFunction } from '@sveltejs/kit';
import type { z } from 'zod';
import { formValues, parseWith, type FieldErrors } from './parse';

/**
 * `use:enhance` that checks the form with its schema in the browser first: with errors nothing
 * is sent, the errors show at once and focus moves to the summary; otherwise the server (which
 * parses with the same schema) answers, and what was typed stays.
 */
export function validated(schema: z.ZodType, show: (errors: FieldErrors | null) => void, summary: () => HTMLElement | null | undefined): SubmitFunction {
	return ({ formData, cancel, submitter }) => {
		// buttons that ask for more rows or remove something are not a save: let them through
		const intent = submitter?.getAttribute('name');
		if (!intent || !intent.startsWith('_')) {
			const result = parseWith(schema, formValues(formData));
			if (!result.ok) {
				cancel();
				show(result.errors);
				void tick().then(() => summary()?.focus());
				return;
			}
		}
		show(null);
		return async ({ update }) => {
			await update({ reset: false });
			await tick();
			summary()?.focus();
		};
	};
}
