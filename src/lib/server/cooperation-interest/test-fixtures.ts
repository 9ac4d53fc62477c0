/**
 * Data-test fixtures: two producer listings with their owners, an organisation with a coordinator
 * and an editor, a stranger, a moderator, an admin and a sender; profiles inserted directly (the
 * profile writing flows are another part of issue 19). Contacts are distinctive strings so a
 * test can look for them in anything serialised.
 */
import { eq } from 'drizzle-orm';
import type { Principal } from '../auth/permissions';
import { loadPrincipal } from '../auth/principal';
import { cooperationProfiles, organisationMembers, organisations, producerOwners, producers, projects, user, userRoles } from '../db/schema';
import type { Db } from '../db/types';

export const PROFILE_CONTACT = { name: 'Kontaktpersona Zaķe', email: 'profils.kontakts@example.lv', phone: '+371 2911 0001' };
export const SENDER_CONTACT = { email: 'sutitajs.kontakts@example.md', phone: '+373 6900 0002' };
export const SECRETS = [PROFILE_CONTACT.email, PROFILE_CONTACT.phone, SENDER_CONTACT.email, SENDER_CONTACT.phone, PROFILE_CONTACT.name];

export const ROLES = ['ownerA', 'ownerB', 'coordinator', 'editor', 'stranger', 'moderator', 'admin', 'sender'] as const;
export type Who = (typeof ROLES)[number];

export type World = { producerA: string; producerB: string; organisationId: string; principals: Record<Who, NonNullable<Principal>> };

export async function buildWorld(db: Db, tag: string): Promise<World> {
	const ps = await db.select({ id: producers.id }).from(producers).where(eq(producers.status, 'published')).limit(2);
	// an organisation that runs a project, so an impact report can be built for both scopes
	const [org] = await db.select({ id: organisations.id }).from(organisations).innerJoin(projects, eq(projects.organisationId, organisations.id)).limit(1);
	if (ps.length < 2 || !org) throw new Error('the seeded database has no producers or organisations');
	const id = (w: Who) => `ci-${tag}-${w}`;
	await db.insert(user).values(ROLES.map((w) => ({ id: id(w), name: `${w} ${tag}`, email: `${w}.${tag}@example.lv`, emailVerified: true, locale: w === 'sender' ? 'ru' : 'lv' })));
	await db.insert(producerOwners).values([
		{ producerId: ps[0].id, userId: id('ownerA') },
		{ producerId: ps[1].id, userId: id('ownerB') }
	]);
	await db.insert(organisationMembers).values([
		{ organisationId: org.id, userId: id('coordinator'), role: 'coordinator' },
		{ organisationId: org.id, userId: id('editor'), role: 'editor' }
	]);
	await db.insert(userRoles).values([
		{ userId: id('moderator'), role: 'moderator' },
		{ userId: id('admin'), role: 'admin' },
		{ userId: id('ownerA'), role: 'producer' },
		{ userId: id('ownerB'), role: 'producer' }
	]);
	const principals = {} as Record<Who, NonNullable<Principal>>;
	for (const w of ROLES) principals[w] = await loadPrincipal(db, { id: id(w), email: `${w}.${tag}@example.lv`, emailVerified: true });
	return { producerA: ps[0].id, producerB: ps[1].id, organisationId: org.id, principals };
}

export async function addProfile(db: Db, owner: { producerId?: string; organisationId?: string }, x: Partial<typeof cooperationProfiles.$inferInsert> = {}): Promise<{ id: string; slug: string }> {
	const slug = x.slug ?? `ci-profils-${Math.random().toString(36).slice(2, 10)}`;
	const [row] = await db
		.insert(cooperationProfiles)
		.values({
			slug,
			producerId: owner.producerId ?? null,
			organisationId: owner.organisationId ?? null,
			direction: 'offer',
			kind: 'distribution',
			title: { lv: 'Medus piegādes Moldovai', ru: 'Поставки мёда в Молдову' },
			description: { lv: 'Meklējam izplatītāju.' },
			contactName: PROFILE_CONTACT.name,
			contactEmail: PROFILE_CONTACT.email,
			contactPhone: PROFILE_CONTACT.phone,
			status: 'published',
			publishedAt: new Date(),
			expiresAt: new Date(Date.now() + 90 * 86_400_000),
			...x
		})
		.returning({ id: cooperationProfiles.id, slug: cooperationProfiles.slug });
	return row;
}

export const interestInput = (x: Record<string, string | null> = {}) => ({
	fromName: 'Agro Nord SRL',
	message: 'Vēlamies iepirkt medu Bălți tirgum.',
	contactEmail: SENDER_CONTACT.email,
	contactPhone: SENDER_CONTACT.phone,
	fromProfileId: null,
	...x
});
