/**
 * GDPR for mentor profiles (issue 17): an account's download lists the mentor profiles of its
 * people; deleting the account, a retention anonymisation or a merge's anonymisation clears what a
 * profile says (bio, experience, availability, listing link) and deactivates it, keeping the row so
 * the pairs it had stay counted. A merge moves profiles to the survivor. Listed in
 * auth/personal-data.ts and auth/account-deletion.ts.
 */
import { eq } from 'drizzle-orm';
import { user } from '../db/schema';
import type { Db } from '../db/types';
import type { AccountEraser } from '../auth/account-deletion';
import type { PersonalDataCollector } from '../auth/personal-data';
import { normaliseEmail } from '../people/domain';
import { listPeopleOfAccount } from '../people/people-repository';
import { registerPersonReference } from '../people/references';
import { clearMentorsOfPeople, mentorsOfPeople, moveMentors } from './mentors-repository';

registerPersonReference({ name: 'mentors', move: moveMentors, anonymise: clearMentorsOfPeople });

async function peopleIdsOf(db: Db, userId: string): Promise<string[]> {
	const [u] = await db.select({ email: user.email }).from(user).where(eq(user.id, userId));
	if (!u) return [];
	return (await listPeopleOfAccount(db, userId, normaliseEmail(u.email) ?? u.email)).map((p) => p.id);
}

export const MENTOR_COLLECTORS: PersonalDataCollector[] = [{ name: 'mentorProfiles', collect: async (db, userId) => mentorsOfPeople(db, await peopleIdsOf(db, userId)) }];

export const MENTOR_ERASERS: AccountEraser[] = [{ name: 'mentorProfiles', erase: async (tx, userId) => clearMentorsOfPeople(tx, await peopleIdsOf(tx, userId)) }];
