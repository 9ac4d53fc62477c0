import type { SubmitFunction } from '@sveltejs/kit';

/**
 * Wraps a `use:enhance` function so a form is sent once at a time: a second click (or Enter)
 * while the first submit is on its way does nothing. `busy` tells the page to disable the button.
 */
export function oneAtATime(submit: SubmitFunction, busy: (sending: boolean) => void): SubmitFunction {
	let sending = false;
	return (input) => {
		if (sending) {
			input.cancel();
			return;
		}
		const after = submit(input) as ReturnType<Extract<SubmitFunction, (...a: never[]) => unknown>> | void;
		if (!after || typeof after !== 'function') return after as void;
		sending = true;
		busy(true);
		return async (opts) => {
			try {
				await after(opts);
			} finally {
				sending = false;
				busy(false);
			}
		};
	};
}
