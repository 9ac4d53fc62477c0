import { tick } from 'svelte';
import type { SubmitFunction } from '@sveltejs/kit';

/**
 * `use:enhance` for a form that answers with field errors: what was typed stays (no reset), and
 * focus moves to the error summary so keyboard and screen-reader users hear what to fix.
 */
export function keepInputAndFocus(summary: () => HTMLElement | undefined | null): SubmitFunction {
	return () =>
		async ({ update }) => {
			await update({ reset: false });
			await tick();
			summary()?.focus();
		};
}

/** `use:enhance` that keeps what was typed when the action answers (the default resets the form). */
export const keepInput: SubmitFunction = () =>
	async ({ update }) => {
		await update({ reset: false });
	};

/**
 * For forms that add something (a photo, a product, a sales point): what was typed stays while the
 * server names a mistake, and the form is emptied once the thing is saved, so a second press of the
 * button cannot add it twice.
 */
export const keepInputUntilSaved: SubmitFunction = () =>
	async ({ result, update }) => {
		await update({ reset: result.type === 'success' });
	};
