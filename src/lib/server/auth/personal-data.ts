import { eq } from 'drizzle-orm';
import { producerOwners, producers, user, userRoles } from '../db/schema';
import type { Db } from '../db/types';
import { auditByActor } from '../audit/audit-repository';
import { mailOutbox } from '../db/schema';
import { consentsOf } from './consents-repository';
import { activeSessions } from './sessions-repository';
import { CONTRIBUTION_COLLECTORS } from './contribution-data';
import { PEOPLE_COLLECTORS } from '../people/personal-data';
import { WORKSPACE_COLLECTORS } from '../workspace/personal-data';
import { EVENT_COLLECTORS } from '../events/personal-data';
import { SURVEY_COLLECTORS } from '../surveys/personal-data';
import { PROGRAMME_COLLECTORS } from '../programmes/personal-data';
import { CONTEST_COLLECTORS } from '../contests/personal-data';
import { COOPERATION_INTEREST_COLLECTORS } from '../cooperation-interest/personal-data';
import { BROKERAGE_COLLECTORS } from '../brokerage/personal-data';
import { COOPERATION_COLLECTORS } from '../cooperation/personal-data';
import { MENTORING_COLLECTORS } from '../mentoring/personal-data';
import { INSIGHT_COLLECTORS } from '../insight/personal-data';
import { MENTOR_COLLECTORS } from '../mentors/personal-data';
import { COMMUNITY_COLLECTORS } from '../communities/personal-data';
import { subscriptionsOfPerson } from '../alerts/subscriptions-repository';

/**
 * GDPR: everything we hold about one person. Each table that stores a user's data adds one collector
 * here (a feature may push its own from its module: `PERSONAL_DATA_COLLECTORS.push({...})`), and the
 * download on /konts includes it under `name`.
 */
export type PersonalDataCollector = { name: string; collect: (db: Db, userId: string) => Promise<unknown> };

export const PERSONAL_DATA_COLLECTORS: PersonalDataCollector[] = [
	{
		name: 'account',
		collect: async (db, userId) => {
			const [row] = await db
				.select({ id: user.id, name: user.name, email: user.email, emailVerified: user.emailVerified, locale: user.locale, createdAt: user.createdAt, updatedAt: user.updatedAt })
				.from(user)
				.where(eq(user.id, userId));
			return row ?? null;
		}
	},
	{
		name: 'sessions',
		collect: async (db, userId) =>
			(await activeSessions(db, userId)).map((s) => ({ createdAt: s.createdAt, lastUsedAt: s.updatedAt, expiresAt: s.expiresAt, userAgent: s.userAgent, ipAddress: s.ipAddress }))
	},
	{
		name: 'roles',
		collect: (db, userId) => db.select({ role: userRoles.role, organisationId: userRoles.organisationId, since: userRoles.createdAt }).from(userRoles).where(eq(userRoles.userId, userId))
	},
	{
		name: 'ownedProducers',
		collect: (db, userId) =>
			db
				.select({ slug: producers.slug, name: producers.name, since: producerOwners.createdAt })
				.from(producerOwners)
				.innerJoin(producers, eq(producers.id, producerOwners.producerId))
				.where(eq(producerOwners.userId, userId))
	},
	{ name: 'consents', collect: (db, userId) => consentsOf(db, userId) },
	{ name: 'actionsPerformed', collect: (db, userId) => auditByActor(db, userId) },
	{
		name: 'mailsSentToYou',
		collect: async (db, userId) => {
			const [u] = await db.select({ email: user.email }).from(user).where(eq(user.id, userId));
			if (!u) return [];
			return db
				.select({ subject: mailOutbox.subject, text: mailOutbox.text, createdAt: mailOutbox.createdAt, status: mailOutbox.status })
				.from(mailOutbox)
				.where(eq(mailOutbox.to, u.email));
		}
	},
	...CONTRIBUTION_COLLECTORS,
	...PEOPLE_COLLECTORS,
	...WORKSPACE_COLLECTORS,
	...EVENT_COLLECTORS,
	...SURVEY_COLLECTORS,
	...PROGRAMME_COLLECTORS,
	...CONTEST_COLLECTORS,
	...COOPERATION_INTEREST_COLLECTORS,
	...BROKERAGE_COLLECTORS,
	...COOPERATION_COLLECTORS,
	...MENTORING_COLLECTORS,
	...INSIGHT_COLLECTORS,
	...MENTOR_COLLECTORS,
	...COMMUNITY_COLLECTORS,
	{
		// alerts linked to the account, or sent to its (verified) address
		name: 'alertSubscriptions',
		collect: async (db, userId) => {
			const [u] = await db.select({ email: user.email }).from(user).where(eq(user.id, userId));
			if (!u) return [];
			return (await subscriptionsOfPerson(db, userId, u.email)).map((s) => ({
				email: s.email,
				search: s.query,
				what: s.what,
				language: s.locale,
				status: s.status,
				consent: s.consentText,
				consentedAt: s.createdAt,
				confirmedAt: s.confirmedAt,
				lastDigestAt: s.lastSentAt
			}));
		}
	}
];

/** The whole download: one key per collector, plus when and what it is. */
export async function collectPersonalData(db: Db, userId: string): Promise<Record<string, unknown>> {
	const out: Record<string, unknown> = { exportedAt: new Date().toISOString(), service: 'Tuvumā' };
	for (const c of PERSONAL_DATA_COLLECTORS) out[c.name] = await c.collect(db, userId);
	return out;
}
