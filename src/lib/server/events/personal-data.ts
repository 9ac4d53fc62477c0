/**
 * GDPR for event registrations: the account's download lists them (answers and guests included);
 * deleting the account, a retention anonymisation or a merge's anonymisation clears what they say
 * about the person (answers, guest names) while the participation and its attendance stay counted.
 * Listed in auth/personal-data.ts and auth/account-deletion.ts.
 */
import { eq } from 'drizzle-orm';
import { user } from '../db/schema';
import type { Db } from '../db/types';
import type { AccountEraser } from '../auth/account-deletion';
import type { PersonalDataCollector } from '../auth/personal-data';
import { normaliseEmail } from '../people/domain';
import { listPeopleOfAccount } from '../people/people-repository';
import { registerPersonReference } from '../people/references';
import { clearDetailsOfPeople, registrationsForExport } from './registrations-repository';

registerPersonReference({
	name: 'eventRegistrations',
	// the details hang on the participation, which the people flow moves itself
	move: async () => 0,
	anonymise: (tx, personIds) => clearDetailsOfPeople(tx, personIds)
});

async function peopleIdsOf(db: Db, userId: string): Promise<string[]> {
	const [u] = await db.select({ email: user.email }).from(user).where(eq(user.id, userId));
	if (!u) return [];
	return (await listPeopleOfAccount(db, userId, normaliseEmail(u.email) ?? u.email)).map((p) => p.id);
}

export const EVENT_COLLECTORS: PersonalDataCollector[] = [{ name: 'eventRegistrations', collect: async (db, userId) => registrationsForExport(db, await peopleIdsOf(db, userId)) }];

export const EVENT_ERASERS: AccountEraser[] = [{ name: 'eventRegistrations', erase: async (tx, userId) => clearDetailsOfPeople(tx, await peopleIdsOf(tx, userId)) }];
