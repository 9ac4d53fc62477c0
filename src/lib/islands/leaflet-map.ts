import L from 'leaflet';

/**
 * The interactive map of a page's places (Leaflet with the configured tiles), put in place of the
 * server's picture by map-preview.ts. Circle markers (no icon images that could break); a marker
 * with a link opens its page. Loaded only when the person asks for the map.
 */
type Marker = { lat: number; lng: number; label: string; href?: string };

export function showMap(figure: HTMLElement, focus: boolean): void {
	const box = figure.querySelector<HTMLElement>('[data-map-box]');
	if (!box) return;
	const markers = JSON.parse(figure.dataset.markers ?? '[]') as Marker[];
	const zoom = Number(figure.dataset.zoom ?? 12);
	// the live map takes the picture's place at the picture's size: nothing below moves
	box.style.height = `${Math.max(box.offsetHeight, 224)}px`;
	box.replaceChildren();
	box.setAttribute('role', 'region');
	box.setAttribute('aria-label', figure.dataset.label ?? '');
	box.tabIndex = -1;
	const map = L.map(box, { scrollWheelZoom: false });
	L.tileLayer(figure.dataset.tiles ?? '', { attribution: figure.dataset.attribution, maxZoom: 18 }).addTo(map);
	const points: [number, number][] = [];
	for (const mk of markers) {
		const marker = L.circleMarker([mk.lat, mk.lng], { radius: 9, color: '#1f4d2c', weight: 3, fillColor: '#4c9a5f', fillOpacity: 0.85 });
		marker.bindTooltip(mk.label);
		if (mk.href) marker.on('click', () => window.location.assign(mk.href!));
		marker.addTo(map);
		points.push([mk.lat, mk.lng]);
	}
	if (points.length === 1) map.setView(points[0], zoom);
	else map.fitBounds(L.latLngBounds(points), { padding: [24, 24], maxZoom: zoom });
	box.dataset.ready = 'true';
	if (focus) box.focus();
}
