/** Read-only data of the alert pages. */
import { localized } from '$lib/domain/localized';
import type { AlertChoices } from '$lib/contracts/alerts/types';
import type { Db } from '../db/types';
import { listTerritoriesByKind } from '../geography/territories-repository';
import { listCategories } from '../taxonomy/categories-repository';
import { sortLatvian } from '$lib/text/collation';
import { normalizeAlertQuery } from './alert-form';
import { describeAlertIn } from './describe';

/** The choices of the alerts page: categories (subcategories indented), municipalities, regions. */
export async function alertChoices(db: Db, locale: string): Promise<AlertChoices> {
	const [cats, muns, regions] = await Promise.all([listCategories(db), listTerritoriesByKind(db, 'municipality'), listTerritoriesByKind(db, 'planning_region')]);
	const top = cats.filter((c) => c.parentId === null);
	const categories = top.flatMap((t) => [
		{ value: t.slug, label: localized(t.name, locale) },
		...cats.filter((c) => c.parentId === t.id).map((c) => ({ value: c.slug, label: `— ${localized(c.name, locale)}` }))
	]);
	const named = (rows: typeof muns) => sortLatvian(rows.map((r) => ({ value: r.slug, label: localized(r.name, locale) })), (o) => o.label);
	return { categories, municipalities: named(muns.filter((r) => r.slug)), regions: named(regions) };
}

/** A saved search given in the address (?query=…) in words, or null when it is not one. */
export async function alertLabel(db: Db, query: string, locale: string): Promise<string | null> {
	const normal = query ? normalizeAlertQuery(query) : null;
	return normal ? describeAlertIn(db, normal.params, locale) : null;
}
