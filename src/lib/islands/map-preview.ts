import { attachAll, attachOnce } from './attach';

/**
 * A map that costs nothing until it is wanted: the page shows the server's picture
 * (MapPicture.svelte) and a button; Leaflet, its stylesheet and the tiles load only when the person
 * presses the button or scrolls the map into view. `data-leaflet` names the Leaflet island
 * (leaflet-map.ts), `data-leaflet-css` its stylesheet.
 */
export function enhanceMapPreview(figure: HTMLElement): void {
	const button = figure.querySelector<HTMLButtonElement>('button[data-open-map]');
	const status = figure.querySelector<HTMLElement>('[data-map-status]');
	let started = false;
	async function open(focus: boolean) {
		if (started) return;
		started = true;
		observer?.disconnect();
		if (status) status.textContent = figure.dataset.loading ?? '';
		try {
			await loadStylesheet(figure.dataset.leafletCss ?? '');
			const leaflet = (await import(/* @vite-ignore */ figure.dataset.leaflet ?? '')) as { showMap: (f: HTMLElement, focus: boolean) => void };
			leaflet.showMap(figure, focus);
			button?.remove();
			if (status) status.textContent = '';
		} catch {
			// offline or blocked: the picture and the OpenStreetMap link stay; the button may try again
			started = false;
			if (status) status.textContent = figure.dataset.failed ?? '';
		}
	}
	let observer: IntersectionObserver | undefined;
	if (button) {
		button.hidden = false;
		button.addEventListener('click', () => open(true));
	}
	// scrolling to the map opens it too; a map already in view on arrival waits for a click
	window.addEventListener(
		'scroll',
		() => {
			if (started || !('IntersectionObserver' in window)) return;
			observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && open(false), { threshold: 0.6 });
			observer.observe(figure);
		},
		{ once: true, passive: true }
	);
}

function loadStylesheet(href: string): Promise<void> {
	if (!href || document.querySelector(`link[href="${href}"]`)) return Promise.resolve();
	return new Promise((resolve, reject) => {
		const link = document.createElement('link');
		link.rel = 'stylesheet';
		link.href = href;
		link.onload = () => resolve();
		link.onerror = () => reject(new Error(`stylesheet ${href}`));
		document.head.append(link);
	});
}

export const attachMapPreview = (figure: HTMLElement) => attachOnce(figure, 'map-preview', enhanceMapPreview);
attachAll('map-preview', enhanceMapPreview);
