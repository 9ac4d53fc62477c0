import { eq } from 'drizzle-orm';
import { participations, people } from '../db/schema';
import type { Db } from '../db/types';
import { listPeopleOfOrganisation, type OrganisationPerson } from '../participation/participations-repository';
import { duplicateKey, nameKey } from './domain';

export const PEOPLE_PER_PAGE = 50;
const MAX_SUGGESTIONS = 20;

export type DuplicateSuggestion = { a: { id: string; label: string }; b: { id: string; label: string }; reason: 'email' | 'name' };

/**
 * Pairs of an organisation's participants who may be one person: the same mailbox written two ways
 * (Gmail dots, +tags) or the same name. Only suggestions — a coordinator decides and merges.
 */
export async function duplicateSuggestions(db: Db, organisationId: string): Promise<DuplicateSuggestion[]> {
	const rows = await db
		.selectDistinct({ id: people.id, email: people.email, name: people.name })
		.from(participations)
		.innerJoin(people, eq(people.id, participations.personId))
		.where(eq(participations.organisationId, organisationId));
	const out: DuplicateSuggestion[] = [];
	const seenPairs = new Set<string>();
	const label = (r: { email: string | null; name: string | null }) => [r.name, r.email].filter(Boolean).join(' · ');
	for (const [reason, keyOf] of [
		['email', (r: (typeof rows)[number]) => (r.email ? duplicateKey(r.email) : null)],
		['name', (r: (typeof rows)[number]) => nameKey(r.name)]
	] as const) {
		const groups = new Map<string, typeof rows>();
		for (const r of rows) {
			const key = keyOf(r);
			if (key) groups.set(key, [...(groups.get(key) ?? []), r]);
		}
		for (const group of groups.values()) {
			for (let i = 1; i < group.length && out.length < MAX_SUGGESTIONS; i++) {
				const [a, b] = [group[0], group[i]].sort((x, y) => x.id.localeCompare(y.id));
				const pair = `${a.id}|${b.id}`;
				if (seenPairs.has(pair)) continue;
				seenPairs.add(pair);
				out.push({ a: { id: a.id, label: label(a) }, b: { id: b.id, label: label(b) }, reason });
			}
		}
	}
	return out;
}

export async function organisationPeoplePage(
	db: Db,
	organisationId: string,
	page: number
): Promise<{ total: number; page: number; pages: number; rows: OrganisationPerson[]; duplicates: DuplicateSuggestion[] }> {
	const current = Math.max(1, page);
	const list = await listPeopleOfOrganisation(db, organisationId, { limit: PEOPLE_PER_PAGE, offset: (current - 1) * PEOPLE_PER_PAGE });
	return {
		total: list.total,
		page: current,
		pages: Math.max(1, Math.ceil(list.total / PEOPLE_PER_PAGE)),
		rows: list.rows,
		duplicates: await duplicateSuggestions(db, organisationId)
	};
}
