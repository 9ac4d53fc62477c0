/**
 * The owner's opening-hours form (components/hours/HoursEditor.svelte): an "add/remove a row"
 * button without JavaScript returns the form changed and unsaved; a save returns the value, or the
 * rows to correct, or where the text stopped making sense. Pure.
 */
import { stateFromForm, valueFromState, withIntent, type HoursErrors, type HoursState } from '$lib/domain/hours-editor';
import { checkOpeningHours } from '$lib/domain/opening-hours';

export type HoursSubmission =
	| { kind: 'edit'; state: HoursState }
	| { kind: 'invalid'; state: HoursState; errors: HoursErrors; near: string }
	| { kind: 'value'; value: string };

export function readHoursSubmission(form: FormData): HoursSubmission {
	const state = stateFromForm(form);
	const intent = String(form.get('intent') ?? '');
	if (intent && intent !== 'save') return { kind: 'edit', state: withIntent(state, intent) };
	const result = valueFromState(state);
	if ('errors' in result) return { kind: 'invalid', state, errors: result.errors, near: '' };
	if (!result.value) return { kind: 'value', value: '' };
	const checked = checkOpeningHours(result.value);
	if (!checked.ok) return { kind: 'invalid', state, errors: { raw: 'raw' }, near: checked.near || result.value.slice(0, 20) };
	return { kind: 'value', value: checked.value };
}
