import { attachAll, attachOnce } from './attach';

/**
 * Filters that apply at once (issue 12): the filter form stays a plain GET form; with this island
 * every change fetches the same page for the new selection and swaps in its parts marked
 * `data-live="…"` (results, counts, the form itself with its new facet counts) — nothing is
 * rendered here, the server's HTML is the one truth. Focus stays on the control that changed (a
 * change of content, not of context: WCAG 3.2.2), the address follows (back works), and the
 * form's sticky "Show N results" button then only scrolls to the results.
 * `data-omit="sort=relevance"` names default values left out of the URL.
 */
const SELECT_DELAY_MS = 350;

export function enhanceLiveFilters(form: HTMLFormElement): void {
	let controller: AbortController | undefined;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let fresh = true;

	const omitted = new Set((form.dataset.omit ?? '').split(' ').filter(Boolean));
	function urlOf(target: HTMLFormElement): string {
		const params = new URLSearchParams();
		for (const [name, value] of new FormData(target)) {
			if (typeof value === 'string' && value !== '' && !omitted.has(`${name}=${value}`)) params.append(name, value);
		}
		const qs = params.toString();
		return `${new URL(target.action).pathname}${qs ? `?${qs}` : ''}`;
	}

	async function update(changed: Element | null) {
		controller?.abort();
		controller = new AbortController();
		const url = urlOf(current());
		current().setAttribute('aria-busy', 'true');
		try {
			const res = await fetch(url, { signal: controller.signal, headers: { accept: 'text/html' } });
			if (!res.ok) throw new Error(String(res.status));
			const next = new DOMParser().parseFromString(await res.text(), 'text/html');
			const focusKey = keyOf(changed);
			const openDetails = [...current().querySelectorAll('details')].map((d) => d.open);
			for (const part of document.querySelectorAll<HTMLElement>('[data-live]')) {
				const replacement = next.querySelector(`[data-live="${part.dataset.live}"]`);
				if (replacement) part.replaceWith(document.importNode(replacement, true));
			}
			const form = current();
			form.querySelectorAll('details').forEach((d, i) => (d.open = d.open || !!openDetails[i]));
			attachOnce(form, 'live-filters', enhanceLiveFilters);
			if (focusKey) form.querySelector<HTMLElement>(focusKey)?.focus();
			history.pushState({ liveFilters: true }, '', url);
			document.title = next.title;
			fresh = true;
			announce(form);
		} catch (e) {
			// offline or aborted by the next change: the form still submits the plain way
			if ((e as Error).name !== 'AbortError') fresh = false;
		} finally {
			document.querySelector('form[data-island~="live-filters"]')?.removeAttribute('aria-busy');
		}
	}
	const current = () => document.querySelector<HTMLFormElement>('form[data-island~="live-filters"]') ?? form;

	form.addEventListener('change', (event) => {
		const target = event.target as HTMLElement;
		fresh = false;
		clearTimeout(timer);
		// a select may be moved through with the arrow keys: wait until it settles
		if (target instanceof HTMLSelectElement) timer = setTimeout(() => update(target), SELECT_DELAY_MS);
		else void update(target);
	});
	form.addEventListener('submit', (event) => {
		if (!fresh) return; // changes not shown yet: let the plain submit do it
		event.preventDefault();
		const results = document.getElementById(form.dataset.results ?? '');
		results?.scrollIntoView({ block: 'start' });
		results?.focus({ preventScroll: true });
	});
	const apply = form.querySelector<HTMLButtonElement>('[data-count-label]');
	if (apply) apply.textContent = apply.dataset.countLabel ?? apply.textContent;
	// the filters stand open beside the results on a wide screen, folded above them on a phone
	const box = form.closest('details');
	if (box && matchMedia('(min-width: 60rem)').matches) box.open = true;
	if (!history.state?.liveFilters) history.replaceState({ liveFilters: true }, '');
}

/** A selector that finds the same control in the new form (facet checkboxes have no id). */
function keyOf(element: Element | null): string | null {
	if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement)) return null;
	if (element.id) return `#${CSS.escape(element.id)}`;
	return `[name="${CSS.escape(element.name)}"][value="${CSS.escape(element.value)}"]`;
}

/** The new count, said once (the button's own text is not a live region). */
function announce(form: HTMLFormElement) {
	const status = document.getElementById('live-filters-status');
	const label = form.querySelector<HTMLElement>('[data-count-label]')?.dataset.countLabel ?? '';
	if (status) status.textContent = label;
}

attachAll('live-filters', enhanceLiveFilters);
if (typeof window !== 'undefined') {
	// a filter change is a history entry; going back shows that selection's page
	window.addEventListener('popstate', (event) => {
		if (event.state?.liveFilters) location.reload();
	});
}
