/**
 * Keeps the folded sections (`<details>`) as the visitor left them while the page's script was
 * still on its way. Svelte assigns `details.open = …` when it hydrates a `<details open={…}>`,
 * so on a slow connection a form someone had already unfolded would snap shut under their
 * finger. From the moment the client code starts we note every section's state and each toggle;
 * once the page has hydrated, any section hydration changed is put back. Only the first page:
 * later navigations render on the client and have no such gap.
 */
const states = new WeakMap<HTMLDetailsElement, boolean>();
let tracking = false;

function noteToggle(event: Event): void {
	if (tracking && event.target instanceof HTMLDetailsElement) states.set(event.target, event.target.open);
}

export function rememberDisclosures(): void {
	if (typeof document === 'undefined' || tracking) return;
	tracking = true;
	for (const details of document.querySelectorAll('details')) states.set(details, details.open);
	// `toggle` does not bubble, but a capturing listener on the document still sees it
	document.addEventListener('toggle', noteToggle, true);
}

export function restoreDisclosures(): void {
	if (!tracking) return;
	tracking = false;
	document.removeEventListener('toggle', noteToggle, true);
	for (const details of document.querySelectorAll('details')) {
		const was = states.get(details);
		if (was !== undefined && details.open !== was) details.open = was;
	}
}
