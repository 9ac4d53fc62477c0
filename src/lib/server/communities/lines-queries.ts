/** The workspace's consultation lines page: every line of the organisation and the form's choices. */
import { localized } from '$lib/domain/localized';
import type { Db } from '../db/types';
import { listLines, regionChoices, type LineRow } from './lines-repository';
import { placesOfOperator } from './places-lookup';

export type LinesPage = {
	lines: LineRow[];
	regions: { id: number; name: string }[];
	municipalities: { id: number; name: string }[];
	places: { id: string; name: string }[];
};

export async function linesPage(db: Db, organisationId: string, locale: string): Promise<LinesPage> {
	const [lines, territories, places] = await Promise.all([listLines(db, { organisationId }, { activeOnly: false }), regionChoices(db), placesOfOperator(db, organisationId)]);
	const named = (kind: string) => territories.filter((t) => t.kind === kind).map((t) => ({ id: t.id, name: localized(t.name, locale) }));
	return { lines, regions: named('planning_region'), municipalities: named('municipality'), places: places.map((p) => ({ id: p.id, name: p.name })) };
}
