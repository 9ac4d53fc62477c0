/**
 * Islands are the few scripts of pages rendered without SvelteKit's client (csr = false):
 * each enhances server-rendered markup marked `data-island="name"`, and the page without them is
 * complete. They carry no message catalogue: every text they show comes from the markup or from
 * the server's JSON, already in the page's language.
 */

/** Runs `enhance` once on every element marked for this island, now and when called again. */
export function attachAll<E extends HTMLElement>(name: string, enhance: (element: E) => void): void {
	if (typeof document === 'undefined') return;
	for (const element of document.querySelectorAll<E>(`[data-island~="${name}"]`)) attachOnce(element, name, enhance);
}

/** Enhances one element unless it already is (a CSR page and the module script may both ask). */
export function attachOnce<E extends HTMLElement>(element: E, name: string, enhance: (element: E) => void): void {
	const done = (element.dataset.islandReady ?? '').split(' ');
	if (done.includes(name)) return;
	element.dataset.islandReady = [...done.filter(Boolean), name].join(' ');
	enhance(element);
}
