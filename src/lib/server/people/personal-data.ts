/**
 * GDPR for people: the download of an account includes the person rows of that account (linked,
 * or under its confirmed address), their participations and merges; deleting the account
 * anonymises those people (ids and counts stay). Listed in auth/personal-data.ts and
 * auth/account-deletion.ts.
 */
import { eq } from 'drizzle-orm';
import { user } from '../db/schema';
import type { Db } from '../db/types';
import { participationsForExport } from '../participation/participations-repository';
import type { AccountEraser } from '../auth/account-deletion';
import type { PersonalDataCollector } from '../auth/personal-data';
import { normaliseEmail } from './domain';
import { anonymisePerson } from './flow';
import { mergesOf } from './merges-repository';
import { listPeopleOfAccount } from './people-repository';

async function peopleOf(db: Db, userId: string) {
	const [u] = await db.select({ email: user.email }).from(user).where(eq(user.id, userId));
	if (!u) return [];
	return listPeopleOfAccount(db, userId, normaliseEmail(u.email) ?? u.email);
}

export const PEOPLE_COLLECTORS: PersonalDataCollector[] = [
	{
		name: 'people',
		collect: async (db, userId) => {
			const rows = await peopleOf(db, userId);
			return Promise.all(
				rows.map(async (p) => ({
					id: p.id,
					email: p.email,
					name: p.name,
					locale: p.locale,
					confirmedAt: p.confirmedAt,
					createdAt: p.createdAt,
					merges: (await mergesOf(db, p.id)).map((mg) => ({ survivorId: mg.survivorId, mergedId: mg.mergedId, at: mg.createdAt }))
				}))
			);
		}
	},
	{
		name: 'participations',
		collect: async (db, userId) => participationsForExport(db, (await peopleOf(db, userId)).map((p) => p.id))
	}
];

export const PEOPLE_ERASERS: AccountEraser[] = [
	{
		name: 'people',
		erase: async (tx, userId) => {
			for (const p of await peopleOf(tx, userId)) await anonymisePerson(tx, p.mergedIntoId ?? p.id);
		}
	}
];
