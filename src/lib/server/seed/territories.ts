import { eq } from 'drizzle-orm';
import { territories } from '../db/schema';
import type { Db } from '../db/types';
import { foldText } from '../../text/fold';
import type { LocalizedText } from './types';

export type Territory = {
	id: number;
	kind: string;
	parentId: number | null;
	name: LocalizedText;
	lat: number | null;
	lng: number | null;
};

const LOCALITY_KINDS = ['town', 'parish', 'village'] as const;

/**
 * Resolves municipalities and localities by their Latvian names (compared folded, so "Rīga" and
 * "Riga" match) against the territories of migration 0001. Unknown names throw, naming the name.
 */
export class TerritoryIndex {
	private byId = new Map<number, Territory>();
	private municipalities = new Map<string, Territory>();
	private localities = new Map<string, Territory>();

	constructor(rows: Territory[]) {
		for (const t of rows) this.byId.set(t.id, t);
		for (const t of rows) if (t.kind === 'municipality') this.municipalities.set(foldText(t.name.lv), t);
		// several kinds may share a name inside one municipality: prefer town, then parish, then village
		for (const kind of [...LOCALITY_KINDS].reverse()) {
			for (const t of rows) {
				if (t.kind !== kind) continue;
				const mun = this.municipalityOf(t);
				if (mun) this.localities.set(`${mun.id}|${foldText(t.name.lv)}`, t);
			}
		}
	}

	get size(): number {
		return this.byId.size;
	}

	hasMunicipality(name: string): boolean {
		return this.municipalities.has(foldText(name));
	}

	hasLocality(municipality: string, locality: string): boolean {
		const mun = this.municipalities.get(foldText(municipality));
		return !!mun && this.localities.has(`${mun.id}|${foldText(locality)}`);
	}

	municipality(name: string): Territory {
		const t = this.municipalities.get(foldText(name));
		if (!t) throw new Error(`Unknown municipality "${name}" (not in the territories of migration 0001)`);
		return t;
	}

	locality(municipality: string, name: string): Territory {
		const mun = this.municipality(municipality);
		const t = this.localities.get(`${mun.id}|${foldText(name)}`);
		if (!t) throw new Error(`Unknown locality "${name}" in "${municipality}" (not in the territories of migration 0001)`);
		return t;
	}

	/** The planning regions, by id. */
	regions(): Territory[] {
		return [...this.byId.values()].filter((t) => t.kind === 'planning_region').sort((a, b) => a.id - b.id);
	}

	get(id: number): Territory | undefined {
		return this.byId.get(id);
	}

	/** The municipality a town, parish or village belongs to (walking up through parishes). */
	municipalityOf(t: Territory): Territory | undefined {
		let cur: Territory | undefined = t;
		for (let guard = 0; cur && guard < 8; guard++) {
			if (cur.kind === 'municipality') return cur;
			cur = cur.parentId == null ? undefined : this.byId.get(cur.parentId);
		}
		return undefined;
	}

	/** The planning region above a territory, if the data has one. */
	regionOf(t: Territory): Territory | undefined {
		let cur: Territory | undefined = t;
		for (let guard = 0; cur && guard < 8; guard++) {
			if (cur.kind === 'planning_region') return cur;
			cur = cur.parentId == null ? undefined : this.byId.get(cur.parentId);
		}
		return undefined;
	}

	/** Coordinates of a territory, or of the nearest ancestor that has them. */
	centre(t: Territory): { lat: number; lng: number } | undefined {
		let cur: Territory | undefined = t;
		for (let guard = 0; cur && guard < 8; guard++) {
			if (cur.lat != null && cur.lng != null) return { lat: cur.lat, lng: cur.lng };
			cur = cur.parentId == null ? undefined : this.byId.get(cur.parentId);
		}
		return undefined;
	}
}

/** Loads every Latvian territory in one query. */
export async function loadTerritories(db: Db): Promise<TerritoryIndex> {
	const rows = await db
		.select({
			id: territories.id,
			kind: territories.kind,
			parentId: territories.parentId,
			name: territories.name,
			lat: territories.lat,
			lng: territories.lng
		})
		.from(territories)
		.where(eq(territories.countryCode, 'LV'));
	return new TerritoryIndex(rows);
}

/** Every municipality/locality name pair the seed uses that the index does not know. */
export function missingNames(index: TerritoryIndex, refs: Iterable<{ mun: string; loc?: string }>): string[] {
	const missing = new Set<string>();
	for (const { mun, loc } of refs) {
		if (!index.hasMunicipality(mun)) missing.add(`municipality "${mun}"`);
		else if (loc && !index.hasLocality(mun, loc)) missing.add(`locality "${loc}" in "${mun}"`);
	}
	return [...missing];
}
