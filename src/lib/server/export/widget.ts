import type { DirectorySelection, ProducerCardData } from '$lib/contracts/producers/types';
import type { Db } from '$lib/server/db/types';
import { toPublicLocations } from '$lib/server/geography/public-locations';
import { resolveFilter } from '$lib/server/map/queries';
import { loadCards } from '$lib/server/producers/cards';
import { readDirectoryQuery, selectionQuery } from '$lib/server/producers/domain';
import { countProducers, listProducers } from '$lib/server/producers/directory-index';

/** Producers a widget lists: enough to be useful in a small frame; "see all" leads to the rest. */
export const WIDGET_SIZE = 30;

export type WidgetPage = {
	cards: ProducerCardData[];
	/** Public points of the listed producers (publicLocation(): never more precise than allowed). */
	points: { lat: number; lng: number; label: string }[];
	total: number;
	selection: DirectorySelection;
	/** The selection as a query string, for the link to the full directory. */
	query: string;
};

/** The embeddable widget: the directory's filters (territory, category, kind, label), first producers by name. */
export async function widgetPage(db: Db, params: URLSearchParams, locale: string): Promise<WidgetPage> {
	const { selection, filter, cats } = await resolveFilter(db, readDirectoryQuery(params));
	const [total, rows] = await Promise.all([countProducers(db, filter), listProducers(db, filter, 'name', WIDGET_SIZE, 0)]);
	const [cards, locations] = await Promise.all([loadCards(db, rows, cats, locale), toPublicLocations(db, rows, locale)]);
	const points = rows.flatMap((r, i) => {
		const point = locations[i].point;
		return point ? [{ ...point, label: r.name }] : [];
	});
	return { cards, points, total, selection: { ...selection, sort: 'name' }, query: selectionQuery({ ...selection, sort: 'name' }) };
}
