/** What the project form needs from the database: its choices, and an existing project as typed values. */
import { localized } from '$lib/domain/localized';
import type { LocalizedText } from '$lib/domain/types';
import type { Db } from '../db/types';
import { partnerOrganisationChoices, projectTerritoryChoices } from './choices-repository';
import { listLogos, listPartners, listProjectTerritories, listResults } from './parts-repository';
import { findProject } from './projects-repository';
import { BLANK_ROWS } from '$lib/forms/project';

export type TerritoryGroup = { id: string; title: string; country: string; items: { id: number; name: string }[] };

export async function projectFormChoices(db: Db, locale: string) {
	const [orgs, terrs] = await Promise.all([partnerOrganisationChoices(db), projectTerritoryChoices(db)]);
	const regions = terrs.filter((t) => t.kind === 'planning_region');
	const groups: TerritoryGroup[] = regions.map((r) => ({
		id: `r${r.id}`,
		title: localized(r.name, locale),
		country: 'LV',
		items: [{ id: r.id, name: localized(r.name, locale) }, ...terrs.filter((t) => t.kind === 'municipality' && t.parentId === r.id).map((t) => ({ id: t.id, name: localized(t.name, locale) }))]
	}));
	const moldova = terrs.filter((t) => t.countryCode === 'MD');
	if (moldova.length) groups.push({ id: 'md', title: 'Moldova', country: 'MD', items: moldova.map((t) => ({ id: t.id, name: localized(t.name, locale) })) });
	return { organisations: orgs, territoryGroups: groups };
}

type Values = Record<string, string | string[]>;

function putLocalized(out: Values, name: string, text: LocalizedText | null) {
	if (!text) return;
	for (const [lang, value] of Object.entries(text)) if (value) out[`${name}.${lang}`] = value;
}

/** An existing project as the flat field values the form shows (the same names a submit sends). */
export async function projectFormValues(db: Db, projectId: string, organisationId: string): Promise<{ values: Values; logos: { id: string; alt: string; width: number; height: number }[]; slug: string; status: string } | null> {
	const p = await findProject(db, projectId);
	if (!p || p.organisationId !== organisationId) return null;
	const [partners, territories, results, logos] = await Promise.all([listPartners(db, [p.id]), listProjectTerritories(db, [p.id]), listResults(db, [p.id]), listLogos(db, [p.id])]);
	const values: Values = { startsOn: p.startsOn ?? '', endsOn: p.endsOn ?? '', number: p.number ?? '', website: p.website ?? '', status: p.status === 'published' ? 'published' : 'draft' };
	for (const name of ['title', 'summary', 'programme', 'subMeasure', 'funder', 'acknowledgement', 'goals'] as const) putLocalized(values, name, p[name]);
	partners.forEach((x, i) => {
		values[`partners.${i}.role`] = x.role;
		values[`partners.${i}.organisation`] = x.organisationId ?? '';
		values[`partners.${i}.name`] = x.organisationId ? '' : (x.name ?? '');
		values[`partners.${i}.country`] = x.country;
		values[`partners.${i}.website`] = x.website ?? '';
	});
	results.forEach((r, i) => {
		values[`results.${i}.value`] = String(r.value);
		putLocalized(values, `results.${i}.label`, r.label);
		putLocalized(values, `results.${i}.unit`, r.unit);
	});
	values.territories = territories.map((t) => String(t.id));
	values.partnerRows = String(partners.length + BLANK_ROWS);
	values.resultRows = String(results.length + BLANK_ROWS);
	return { values, logos: logos.map((l) => ({ id: l.id, alt: l.alt, width: l.width, height: l.height })), slug: p.slug, status: p.status };
}

/** The "add a row" button (works without JavaScript): the same values, one more empty row. */
export function withOneMoreRow(values: Values, list: string | null): Values {
	const key = list === 'results' ? 'resultRows' : list === 'partners' ? 'partnerRows' : null;
	if (!key) return values;
	return { ...values, [key]: String(Math.min(50, (Number(values[key]) || BLANK_ROWS) + 1)) };
}
