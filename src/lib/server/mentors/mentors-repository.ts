/** All SQL for `mentors` (issue 17): an organisation's pool, one row per person per organisation. */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { mentoringMatches, mentors, people, producers } from '../db/schema';
import { toNumber, type Db } from '../db/types';
import type { LocalizedText } from '../../domain/types';

export type MentorFields = {
	producerId: string | null;
	bio: LocalizedText;
	sectors: string[];
	municipalityIds: number[];
	languages: string[];
	experience: string;
	capacity: number;
	availability: string;
	active: boolean;
};

export type MentorRow = MentorFields & {
	id: string;
	organisationId: string;
	personId: string;
	name: string | null;
	email: string | null;
	locale: string;
	producerSlug: string | null;
	producerName: string | null;
};

const columns = {
	id: mentors.id,
	organisationId: mentors.organisationId,
	personId: mentors.personId,
	producerId: mentors.producerId,
	bio: mentors.bio,
	sectors: mentors.sectors,
	municipalityIds: mentors.municipalityIds,
	languages: mentors.languages,
	experience: mentors.experience,
	capacity: mentors.capacity,
	availability: mentors.availability,
	active: mentors.active,
	name: people.name,
	email: people.email,
	locale: people.locale,
	producerSlug: producers.slug,
	producerName: producers.name
};

function base(db: Db) {
	return db.select(columns).from(mentors).innerJoin(people, eq(people.id, mentors.personId)).leftJoin(producers, eq(producers.id, mentors.producerId));
}

/** The pool, unsorted: people have no sort key, so callers sort the few dozen rows in memory (sortLatvian). */
export async function listMentorsOfOrganisation(db: Db, organisationId: string): Promise<MentorRow[]> {
	return base(db).where(eq(mentors.organisationId, organisationId));
}

export async function findMentor(db: Db, id: string): Promise<MentorRow | null> {
	const [row] = await base(db).where(eq(mentors.id, id));
	return row ?? null;
}

export async function findMentorOfPerson(db: Db, organisationId: string, personId: string): Promise<string | null> {
	const [row] = await db.select({ id: mentors.id }).from(mentors).where(and(eq(mentors.organisationId, organisationId), eq(mentors.personId, personId)));
	return row?.id ?? null;
}

export async function insertMentor(db: Db, organisationId: string, personId: string, fields: Partial<MentorFields>): Promise<string> {
	const [row] = await db.insert(mentors).values({ organisationId, personId, ...fields }).returning({ id: mentors.id });
	return row.id;
}

export async function updateMentor(db: Db, id: string, fields: MentorFields): Promise<void> {
	await db.update(mentors).set({ ...fields, updatedAt: new Date() }).where(eq(mentors.id, id));
}

export async function deleteMentor(db: Db, id: string): Promise<void> {
	await db.delete(mentors).where(eq(mentors.id, id));
}

/** Live pairs (proposed or active) per mentor: what counts against their capacity. */
export async function mentorLoads(db: Db, mentorIds: string[]): Promise<Map<string, number>> {
	if (mentorIds.length === 0) return new Map();
	const rows = await db
		.select({ mentorId: mentoringMatches.mentorId, n: sql<number>`count(*)` })
		.from(mentoringMatches)
		.where(and(inArray(mentoringMatches.mentorId, mentorIds), inArray(mentoringMatches.status, ['proposed', 'active'])))
		.groupBy(mentoringMatches.mentorId);
	return new Map(rows.map((r) => [r.mentorId, toNumber(r.n)]));
}

/** Pairs of any status a mentor has had: a mentor with history is deactivated rather than deleted. */
export async function mentorMatchCount(db: Db, mentorId: string): Promise<number> {
	const [row] = await db.select({ n: sql<number>`count(*)` }).from(mentoringMatches).where(eq(mentoringMatches.mentorId, mentorId));
	return toNumber(row?.n ?? 0);
}

/** Published producers whose name contains the words, for linking a mentor's directory listing. */
export async function searchProducersByName(db: Db, query: string, limit = 10): Promise<{ id: string; name: string; slug: string }[]> {
	const q = query.trim();
	if (q.length < 2) return [];
	return db
		.select({ id: producers.id, name: producers.name, slug: producers.slug })
		.from(producers)
		.where(and(eq(producers.status, 'published'), sql`${producers.name} ILIKE ${`%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`))
		.orderBy(sql`${producers.sortKey} COLLATE "C"`)
		.limit(limit);
}

export async function producerName(db: Db, id: string): Promise<{ id: string; name: string; slug: string } | null> {
	const [row] = await db.select({ id: producers.id, name: producers.name, slug: producers.slug }).from(producers).where(and(eq(producers.id, id), eq(producers.status, 'published')));
	return row ?? null;
}

/** Mentor rows of people (GDPR download, merges, anonymising). */
export async function mentorsOfPeople(db: Db, personIds: string[]) {
	if (personIds.length === 0) return [];
	return db
		.select({ id: mentors.id, organisationId: mentors.organisationId, personId: mentors.personId, bio: mentors.bio, sectors: mentors.sectors, municipalityIds: mentors.municipalityIds, languages: mentors.languages, experience: mentors.experience, capacity: mentors.capacity, availability: mentors.availability, active: mentors.active, createdAt: mentors.createdAt })
		.from(mentors)
		.where(inArray(mentors.personId, personIds));
}

/** Clears what a mentor profile says about the person; the row (and its pairs' history) stays, inactive. */
export async function clearMentorsOfPeople(db: Db, personIds: string[]): Promise<void> {
	if (personIds.length === 0) return;
	await db.update(mentors).set({ bio: { lv: '' }, experience: '', availability: '', producerId: null, active: false, updatedAt: new Date() }).where(inArray(mentors.personId, personIds));
}

/** A merge: the survivor keeps their own profile in an organisation where both were mentors. */
export async function moveMentors(db: Db, fromPersonId: string, toPersonId: string): Promise<number> {
	const clash = sql`${mentors.organisationId} IN (SELECT organisation_id FROM mentors WHERE person_id = ${toPersonId})`;
	await db.update(mentors).set({ active: false }).where(and(eq(mentors.personId, fromPersonId), clash));
	const moved = await db
		.update(mentors)
		.set({ personId: toPersonId, updatedAt: new Date() })
		.where(and(eq(mentors.personId, fromPersonId), sql`NOT (${clash})`))
		.returning({ id: mentors.id });
	return moved.length;
}
