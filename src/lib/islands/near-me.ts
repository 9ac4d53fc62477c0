import { attachAll } from './attach';

/**
 * "Search near me": the button appears only where the browser can tell its position (without it
 * the place list in the filters does the same). The position goes into the URL as near=lat,lng,
 * rounded to ~100 m; `data-href` is the search to add it to. Texts come from the markup.
 */
export function enhanceNearMe(box: HTMLElement): void {
	const button = box.querySelector('button');
	const status = box.querySelector<HTMLElement>('[role="status"]');
	if (!button || !status || !('geolocation' in navigator)) return;
	box.hidden = false;
	button.addEventListener('click', () => {
		button.disabled = true;
		status.textContent = box.dataset.locating ?? '';
		navigator.geolocation.getCurrentPosition(
			(pos) => {
				const round = (n: number) => Math.round(n * 1000) / 1000;
				const url = new URL(box.dataset.href ?? '', location.href);
				url.searchParams.set('near', `${round(pos.coords.latitude)},${round(pos.coords.longitude)}`);
				location.assign(url);
			},
			() => {
				button.disabled = false;
				status.textContent = box.dataset.failed ?? '';
			},
			{ enableHighAccuracy: false, timeout: 10_000, maximumAge: 300_000 }
		);
	});
}

attachAll('near-me', enhanceNearMe);
