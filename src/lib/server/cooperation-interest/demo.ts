/**
 * Demo cooperation interests (issue 19, marked demo): on the published demo profiles the profile
 * seed wrote, from the demo accounts — one pending, one accepted with a short thread, one declined,
 * and one accepted with a meeting held and an agreement signed (the "one signed agreement").
 * Without published demo profiles it does nothing. Re-runnable: the previous demo interests go first.
 */
import { and, eq } from 'drizzle-orm';
import { loadPrincipal } from '../auth/principal';
import { cooperationInterests, cooperationMessages, cooperationOutcomes, cooperationProfiles, user } from '../db/schema';
import type { Db } from '../db/types';
import { sideOf } from './access';
import { ownedBy } from './profiles';

type Plan = { email: string; fromName: string; contactEmail: string; status: 'pending' | 'accepted' | 'declined'; message: string; thread?: [fromSender: boolean, body: string][]; outcomes?: boolean };

const PLANS: Plan[] = [
	{
		email: 'kalnmuiza@demo.tuvuma.lv',
		fromName: 'Kalnmuižas saimniecība',
		contactEmail: 'kalnmuiza.sadarbiba@example.lv',
		status: 'accepted',
		message: 'Ražojam sieru un medu; meklējam partneri Ziemeļmoldovā, kas pārdotu mūsu produkciju tirgos un veikalos.',
		thread: [
			[true, 'Labdien! Vai varam tikties tiešsaistē nākamnedēļ?'],
			[false, 'Bună ziua! Da, joi la ora 11 ne convine.'],
			[true, 'Paldies par tikšanos — nosūtām līguma projektu.']
		],
		outcomes: true
	},
	{
		email: 'pieriga@demo.tuvuma.lv',
		fromName: 'Pierīgas partnerība',
		contactEmail: 'pieriga.sadarbiba@example.lv',
		status: 'accepted',
		message: 'Mūsu biedrība gatavo LEADER starpteritoriālās sadarbības projektu par vietējo pārtiku un meklē partneri Moldovā.',
		thread: [
			[true, 'Labdien! Nosūtām projekta ideju pārskatīšanai.'],
			[false, 'Mulțumim, revenim cu întrebări săptămâna viitoare.']
		]
	},
	{ email: 'laukuforums@demo.tuvuma.lv', fromName: 'Latvijas Lauku forums', contactEmail: 'forums.sadarbiba@example.lv', status: 'declined', message: 'Piedāvājam pieredzes apmaiņas braucienu lauku tūrisma uzņēmējiem.' },
	{ email: 'biedrs@demo.tuvuma.lv', fromName: 'Jānis Bērziņš', contactEmail: 'janis.berzins@example.lv', status: 'pending', message: 'Interesē augļu iepirkumi sulu ražošanai; varam sākt ar nelielu partiju.' }
];

export async function seedCooperationInterestDemo(db: Db, now = new Date()): Promise<number> {
	await db.delete(cooperationInterests).where(eq(cooperationInterests.isDemo, true));
	const profiles = await db
		.select({ id: cooperationProfiles.id, direction: cooperationProfiles.direction, producerId: cooperationProfiles.producerId, organisationId: cooperationProfiles.organisationId })
		.from(cooperationProfiles)
		.where(and(eq(cooperationProfiles.isDemo, true), eq(cooperationProfiles.status, 'published')))
		.orderBy(cooperationProfiles.slug);
	if (!profiles.length) return 0;
	let made = 0;
	const used = new Set<string>();
	for (const [n, plan] of PLANS.entries()) {
		const [u] = await db.select({ id: user.id, email: user.email }).from(user).where(eq(user.email, plan.email));
		if (!u) continue;
		const principal = await loadPrincipal(db, { id: u.id, email: u.email, emailVerified: true });
		const mine = ownedBy(principal);
		const [own] = mine ? await db.select({ id: cooperationProfiles.id, direction: cooperationProfiles.direction }).from(cooperationProfiles).where(and(mine, eq(cooperationProfiles.status, 'published'))) : [];
		// the counterpart: not their own, not already used, the opposite direction of their own profile when they have one
		const candidates = profiles.filter((p) => !used.has(p.id) && sideOf(principal, { ...p, fromUserId: '', profileId: p.id, status: 'pending', isDemo: true }) !== 'owner');
		const target = candidates.find((p) => !own || p.direction !== own.direction) ?? candidates[0];
		if (!target) continue;
		used.add(target.id);
		const createdAt = new Date(now.getTime() - (30 - n * 5) * 86_400_000);
		const decided = plan.status === 'pending' ? null : new Date(createdAt.getTime() + 2 * 86_400_000);
		const [row] = await db
			.insert(cooperationInterests)
			.values({ profileId: target.id, fromProfileId: own?.id ?? null, fromUserId: u.id, fromName: plan.fromName, message: plan.message, contactEmail: plan.contactEmail, contactPhone: null, locale: 'lv', status: plan.status, decidedAt: decided, isDemo: true, createdAt })
			.returning({ id: cooperationInterests.id });
		for (const [i, [fromSender, body]] of (plan.thread ?? []).entries()) {
			await db.insert(cooperationMessages).values({ interestId: row.id, authorUserId: fromSender ? u.id : null, body, createdAt: new Date(createdAt.getTime() + (3 + i) * 86_400_000) });
		}
		if (plan.outcomes) {
			const day = (d: number) => new Date(createdAt.getTime() + d * 86_400_000).toISOString().slice(0, 10);
			await db.insert(cooperationOutcomes).values([
				{ interestId: row.id, kind: 'meeting', happenedOn: day(5), note: 'Tiešsaistes tikšanās' },
				{ interestId: row.id, kind: 'agreement', happenedOn: day(20), note: 'Izplatīšanas līgums uz vienu gadu' }
			]);
		}
		made++;
	}
	return made;
}

