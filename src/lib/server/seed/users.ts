import { eq, inArray } from 'drizzle-orm';
import { hashPassword } from 'better-auth/crypto';
import { account, organisationMembers, organisations, producerOwners, producers, user, userRoles } from '../db/schema';
import type { Db } from '../db/types';
import type { OrganisationRole, Role } from '../auth/permissions';

/** Shared by every demo account; documented in the README. Never use demo data in production. */
export const DEMO_PASSWORD = 'demo-parole-2026';

type DemoUser = {
	id: string;
	email: string;
	name: string;
	role: Role;
	organisationSlug?: string;
	producerSlug?: string;
	/** Workspace staff roles (decision 006). */
	staff?: { organisationSlug: string; role: OrganisationRole }[];
};

export const DEMO_USERS: DemoUser[] = [
	{ id: 'demo-admin', email: 'admin@demo.tuvuma.lv', name: 'Demo administrators', role: 'admin' },
	{ id: 'demo-moderator', email: 'moderators@demo.tuvuma.lv', name: 'Demo moderators', role: 'moderator' },
	{
		id: 'demo-lielupe',
		email: 'lielupe@demo.tuvuma.lv',
		name: 'Lielupes partnerības redaktors',
		role: 'territory_editor',
		organisationSlug: 'lauku-partneriba-lielupe',
		staff: [{ organisationSlug: 'lauku-partneriba-lielupe', role: 'coordinator' }]
	},
	{ id: 'demo-kalnmuiza', email: 'kalnmuiza@demo.tuvuma.lv', name: 'Kalnmuižas saimniece', role: 'producer', producerSlug: 'kalnmuizas' },
	{ id: 'demo-biedrs', email: 'biedrs@demo.tuvuma.lv', name: 'Demo biedrs', role: 'member' },
	// organisation staff (workspace roles only; globally they are members)
	{ id: 'demo-pieriga', email: 'pieriga@demo.tuvuma.lv', name: 'Pierīgas partnerības koordinatore', role: 'member', staff: [{ organisationSlug: 'pierigas-partneriba', role: 'coordinator' }] },
	{ id: 'demo-pieriga-redaktors', email: 'pieriga-redaktors@demo.tuvuma.lv', name: 'Pierīgas partnerības redaktors', role: 'member', staff: [{ organisationSlug: 'pierigas-partneriba', role: 'editor' }] },
	{ id: 'demo-laukuforums', email: 'laukuforums@demo.tuvuma.lv', name: 'Latvijas Lauku foruma koordinators', role: 'member', staff: [{ organisationSlug: 'latvijas-lauku-forums', role: 'coordinator' }] },
	{ id: 'demo-drosamaja', email: 'drosamaja@demo.tuvuma.lv', name: 'Patvēruma „Drošā māja” koordinatore', role: 'member', staff: [{ organisationSlug: 'patverums-drosa-maja', role: 'coordinator' }] },
	// the second coder of the HERE interviews (regional insight demo)
	{ id: 'demo-drosamaja-analitike', email: 'drosamaja-analitike@demo.tuvuma.lv', name: 'Patvēruma „Drošā māja” analītiķe', role: 'member', staff: [{ organisationSlug: 'patverums-drosa-maja', role: 'editor' }] }
];

/**
 * Demo accounts for each role, seeded with the demo data only. Re-runnable: users are upserted by
 * fixed id (so rows other features hang on them survive), their password, roles and ownership are
 * written afresh. The one password hash is computed once: scrypt is deliberately slow.
 */
export async function seedDemoUsers(db: Db): Promise<number> {
	const passwordHash = await hashPassword(DEMO_PASSWORD);
	const orgs = await db
		.select({ id: organisations.id, slug: organisations.slug })
		.from(organisations)
		.where(inArray(organisations.slug, DEMO_USERS.flatMap((u) => [...(u.organisationSlug ? [u.organisationSlug] : []), ...(u.staff ?? []).map((s) => s.organisationSlug)])));
	const owned = await db
		.select({ id: producers.id, slug: producers.slug })
		.from(producers)
		.where(inArray(producers.slug, DEMO_USERS.flatMap((u) => (u.producerSlug ? [u.producerSlug] : []))));
	const ids = DEMO_USERS.map((u) => u.id);
	const now = new Date();
	await db.transaction(async (tx) => {
		for (const u of DEMO_USERS) {
			await tx
				.insert(user)
				.values({ id: u.id, name: u.name, email: u.email, emailVerified: true, locale: 'lv', createdAt: now, updatedAt: now })
				.onConflictDoUpdate({ target: user.id, set: { name: u.name, email: u.email, emailVerified: true, deletedAt: null, updatedAt: now } });
		}
		await tx.delete(account).where(inArray(account.userId, ids));
		await tx.delete(userRoles).where(inArray(userRoles.userId, ids));
		await tx.delete(producerOwners).where(inArray(producerOwners.userId, ids));
		await tx.delete(organisationMembers).where(inArray(organisationMembers.userId, ids));
		await tx.insert(account).values(
			DEMO_USERS.map((u) => ({ id: `${u.id}-credential`, accountId: u.id, providerId: 'credential', userId: u.id, password: passwordHash, createdAt: now, updatedAt: now }))
		);
		for (const u of DEMO_USERS) {
			const organisationId = u.organisationSlug ? orgs.find((o) => o.slug === u.organisationSlug)?.id : null;
			if (u.organisationSlug && !organisationId) throw new Error(`Demo user ${u.email}: organisation ${u.organisationSlug} is not seeded`);
			await tx.insert(userRoles).values({ userId: u.id, role: u.role, organisationId: organisationId ?? null });
			if (u.producerSlug) {
				const producer = owned.find((p) => p.slug === u.producerSlug);
				if (!producer) throw new Error(`Demo user ${u.email}: producer ${u.producerSlug} is not seeded`);
				await tx.insert(producerOwners).values({ producerId: producer.id, userId: u.id });
			}
			for (const staff of u.staff ?? []) {
				const org = orgs.find((o) => o.slug === staff.organisationSlug);
				if (!org) throw new Error(`Demo user ${u.email}: organisation ${staff.organisationSlug} is not seeded`);
				await tx.insert(organisationMembers).values({ organisationId: org.id, userId: u.id, role: staff.role });
			}
		}
	});
	return DEMO_USERS.length;
}

/** Whether an address belongs to a demo account (the e-mail domain is reserved for them). */
export const isDemoEmail = (email: string) => email.endsWith('@demo.tuvuma.lv');

export async function demoUserId(db: Db, email: string): Promise<string | null> {
	const [row] = await db.select({ id: user.id }).from(user).where(eq(user.email, email));
	return row?.id ?? null;
}
