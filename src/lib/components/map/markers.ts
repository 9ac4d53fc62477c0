import type * as Leaflet from 'leaflet';
import type { MapCluster, MapData, MapPoint } from '$lib/contracts/map/types';
import { clusterSize } from './url';

type LeafletModule = typeof Leaflet;

export type MarkerText = {
	cluster: (count: number) => string;
	point: (name: string) => string;
	href: (slug: string) => string;
	/** Label of the popup's close button (Leaflet's own is English). */
	close: string;
};

/**
 * The markers of the cluster map, kept in sync with each answer of the endpoint: a refresh adds
 * and removes only what changed, so an open popup or a focused marker survives a pan. Every marker
 * is a divIcon (no image to break) that Leaflet makes a focusable role="button"; Enter and Space
 * act like a click. Names are set as text, never as HTML.
 */
export class MarkerLayer {
	private readonly group: Leaflet.LayerGroup;
	private markers = new Map<string, Leaflet.Marker>();

	constructor(
		private readonly L: LeafletModule,
		map: Leaflet.Map,
		private readonly text: MarkerText,
		private readonly onCluster: (cluster: MapCluster, fromKeyboard: boolean) => void
	) {
		this.group = L.layerGroup().addTo(map);
	}

	update(data: MapData): void {
		const wanted = new Map<string, () => Leaflet.Marker>();
		for (const c of data.clusters) wanted.set(`c:${c.lat},${c.lng},${c.count}`, () => this.cluster(c));
		for (const p of data.points) wanted.set(`p:${p.slug}:${p.lat},${p.lng}`, () => this.point(p));
		for (const [key, marker] of this.markers) {
			if (wanted.has(key)) continue;
			this.group.removeLayer(marker);
			this.markers.delete(key);
		}
		for (const [key, create] of wanted) {
			if (!this.markers.has(key)) this.markers.set(key, create());
		}
	}

	get size(): number {
		return this.markers.size;
	}

	private add(marker: Leaflet.Marker, label: string, activate: () => void): Leaflet.Marker {
		this.group.addLayer(marker);
		const el = marker.getElement();
		if (el) {
			el.setAttribute('aria-label', label);
			el.addEventListener('keydown', (event) => {
				if (event.key !== 'Enter' && event.key !== ' ') return;
				event.preventDefault();
				activate();
			});
		}
		return marker;
	}

	private cluster(c: MapCluster): Leaflet.Marker {
		const size = clusterSize(c.count);
		const count = document.createElement('span');
		count.textContent = String(c.count);
		const marker = this.L.marker([c.lat, c.lng], {
			icon: this.L.divIcon({ html: count, className: 'tv-cluster', iconSize: [size, size] }),
			keyboard: true,
			riseOnHover: true
		});
		marker.on('click', () => this.onCluster(c, false));
		return this.add(marker, this.text.cluster(c.count), () => this.onCluster(c, true));
	}

	private point(p: MapPoint): Leaflet.Marker {
		const marker = this.L.marker([p.lat, p.lng], {
			icon: this.L.divIcon({ html: '', className: 'tv-point', iconSize: [18, 18] }),
			keyboard: true,
			riseOnHover: true
		});
		const link = document.createElement('a');
		link.href = this.text.href(p.slug);
		link.textContent = p.name;
		// no autoPan: moving the map would refresh the markers
		marker.bindPopup(link, { autoPan: false });
		marker.on('popupopen', (e) => e.popup.getElement()?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', this.text.close));
		this.add(marker, this.text.point(p.name), () => {
			marker.openPopup();
			link.focus();
		});
		marker.getElement()?.setAttribute('aria-haspopup', 'dialog');
		return marker;
	}
}
