import { m } from '$lib/paraglide/messages';

/** Amenity keys a place may list (places.amenities); unknown keys are dropped before rendering. */
export const AMENITY_KEYS = [
	'wifi',
	'desks',
	'meeting_room',
	'event_space',
	'printer',
	'kitchen',
	'parking',
	'accessible',
	'lockers',
	'phone_booth',
	'library',
	'garden'
] as const;
export type AmenityKey = (typeof AMENITY_KEYS)[number];

export function isAmenityKey(value: string): value is AmenityKey {
	return (AMENITY_KEYS as readonly string[]).includes(value);
}

/**
 * Simple 24×24 line icons as SVG path data: inline, so no extra request on a slow connection and no
 * dependence on an emoji font (missing on some phones). The text next to an icon carries the meaning.
 */
const circle = (cx: number, cy: number, r: number) => `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;

export const AMENITY_ICONS: Record<AmenityKey, string> = {
	wifi: `M2 8.5a15 15 0 0 1 20 0M5 12a10 10 0 0 1 14 0M8.5 15.5a5 5 0 0 1 7 0${circle(12, 19, 1)}`,
	desks: 'M3 8h18M5 8v12M19 8v12M5 13h14',
	meeting_room: `${circle(8, 8, 3)}${circle(16, 8, 3)}M2 20a6 5 0 0 1 12 0M12 20a6 5 0 0 1 10 0`,
	event_space: 'M9 6a3 3 0 0 1 6 0v5a3 3 0 0 1-6 0zM5 11a7 7 0 0 0 14 0M12 18v3M8 21h8',
	printer: 'M6 9V3h12v6M6 18H4v-9h16v9h-2M6 14h12v7H6z',
	kitchen: 'M4 8h13v6a5 5 0 0 1-5 5H9a5 5 0 0 1-5-5zM17 10h2a2 2 0 0 1 0 4h-2M8 3v2M12 3v2',
	parking: 'M3 6a3 3 0 0 1 3-3h12a3 3 0 0 1 3 3v12a3 3 0 0 1-3 3H6a3 3 0 0 1-3-3zM9 17V7h4a3 3 0 0 1 0 6H9',
	accessible: `${circle(12, 4, 2)}M12 7v6h5l2 5M12 10H8M9 13.5a5 5 0 1 0 6.5 6`,
	lockers: 'M5 11h14v10H5zM8 11V7a4 4 0 0 1 8 0v4M12 15v2',
	phone_booth: 'M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2',
	library: 'M4 19V5a2 2 0 0 1 2-2h14v14H6a2 2 0 0 0-2 2 2 2 0 0 0 2 2h14M8 7h8',
	garden: 'M12 3 5 15h14zM12 15v6M9 21h6'
};

const LABELS: Record<AmenityKey, () => string> = {
	wifi: m.place_amenity_wifi,
	desks: m.place_amenity_desks,
	meeting_room: m.place_amenity_meeting_room,
	event_space: m.place_amenity_event_space,
	printer: m.place_amenity_printer,
	kitchen: m.place_amenity_kitchen,
	parking: m.place_amenity_parking,
	accessible: m.place_amenity_accessible,
	lockers: m.place_amenity_lockers,
	phone_booth: m.place_amenity_phone_booth,
	library: m.place_amenity_library,
	garden: m.place_amenity_garden
};

export const amenityLabel = (key: AmenityKey): string => LABELS[key]();
