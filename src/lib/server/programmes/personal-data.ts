/**
 * GDPR for programme applications (issue 17): a person's download lists their applications with
 * everything they wrote and the decisions; deleting the account or anonymising the person erases
 * what they wrote (answers, needs, municipality, the message to them) while the status stays, so
 * a cohort's counts stay right. A merge moves applications to the surviving person. Listed in
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
import { applicationsForExport, eraseApplicationTexts, moveApplications } from './applications-repository';

registerPersonReference({ name: 'programme_applications', move: moveApplications, anonymise: eraseApplicationTexts });

async function peopleIdsOf(db: Db, userId: string): Promise<string[]> {
	const [u] = await db.select({ email: user.email }).from(user).where(eq(user.id, userId));
	if (!u) return [];
	return (await listPeopleOfAccount(db, userId, normaliseEmail(u.email) ?? u.email)).map((p) => p.id);
}

export const PROGRAMME_COLLECTORS: PersonalDataCollector[] = [{ name: 'programmeApplications', collect: async (db, userId) => applicationsForExport(db, await peopleIdsOf(db, userId)) }];

export const PROGRAMME_ERASERS: AccountEraser[] = [{ name: 'programmeApplications', erase: async (tx, userId) => eraseApplicationTexts(tx, await peopleIdsOf(tx, userId)) }];
