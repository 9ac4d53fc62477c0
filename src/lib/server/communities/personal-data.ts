/**
 * GDPR for coworking spaces: a person's download lists where they are a resident and the visits
 * they asked for (by their account's people and address); deleting the account deletes both.
 * A merge of two people moves residencies and requests to the survivor; anonymising deletes them
 * (a resident row is the person's name on a public page, a request only their contact details).
 * Listed in auth/personal-data.ts and auth/account-deletion.ts.
 */
import { eq, inArray } from 'drizzle-orm';
import { placeResidents, placeVisitRequests, user } from '../db/schema';
import type { Db } from '../db/types';
import type { AccountEraser } from '../auth/account-deletion';
import type { PersonalDataCollector } from '../auth/personal-data';
import { normaliseEmail } from '../people/domain';
import { listPeopleOfAccount } from '../people/people-repository';
import { registerPersonReference } from '../people/references';
import { deleteResidentsOfPeople, residentsOfPeople } from './residents-repository';
import { deleteVisitsByEmail, visitsByEmail } from './visits-repository';

async function accountOf(db: Db, userId: string): Promise<{ email: string; personIds: string[] } | null> {
	const [u] = await db.select({ email: user.email }).from(user).where(eq(user.id, userId));
	if (!u) return null;
	const people = await listPeopleOfAccount(db, userId, normaliseEmail(u.email) ?? u.email);
	return { email: u.email, personIds: people.map((p) => p.id) };
}

registerPersonReference({
	name: 'communities',
	move: async (tx, from, to) => {
		const a = await tx.update(placeResidents).set({ personId: to }).where(eq(placeResidents.personId, from)).returning({ id: placeResidents.id });
		const b = await tx.update(placeVisitRequests).set({ personId: to }).where(eq(placeVisitRequests.personId, from)).returning({ id: placeVisitRequests.id });
		return a.length + b.length;
	},
	anonymise: async (tx, personIds) => {
		if (!personIds.length) return;
		await deleteResidentsOfPeople(tx, personIds);
		await tx.delete(placeVisitRequests).where(inArray(placeVisitRequests.personId, personIds));
	}
});

export const COMMUNITY_COLLECTORS: PersonalDataCollector[] = [
	{
		name: 'coworking',
		collect: async (db, userId) => {
			const account = await accountOf(db, userId);
			if (!account) return { residencies: [], visitRequests: [] };
			return { residencies: await residentsOfPeople(db, account.personIds), visitRequests: await visitsByEmail(db, account.email) };
		}
	}
];

export const COMMUNITY_ERASERS: AccountEraser[] = [
	{
		name: 'coworking',
		erase: async (tx, userId) => {
			const account = await accountOf(tx, userId);
			if (!account) return;
			await deleteResidentsOfPeople(tx, account.personIds);
			await deleteVisitsByEmail(tx, account.email);
		}
	}
];
