/**
 * GDPR for contest entries (issue 18): the download lists a person's entries (public id, answer,
 * decision, consent, photo id and its review); erasure deletes the photo and clears the answer, municipality and consent but keeps the public id and
 * the row, because the frozen list was published and must still hash the same. A merge moves the
 * entries to the surviving person. The download is listed in auth/personal-data.ts; deleting an
 * account reaches the entries through the people module (anonymisePerson calls every reference).
 */
import { eq } from 'drizzle-orm';
import { user } from '../db/schema';
import type { Db } from '../db/types';
import type { PersonalDataCollector } from '../auth/personal-data';
import { normaliseEmail } from '../people/domain';
import { listPeopleOfAccount } from '../people/people-repository';
import { registerPersonReference } from '../people/references';
import { entriesForExport, eraseEntryTexts, moveEntries } from './entries-repository';
import { erasePhotosOf } from './photo-flow';

// a photo entry's picture goes with the texts; the public id stays (the frozen list must still hash the same)
const eraseEntries = async (tx: Db, personIds: string[]) => {
	await erasePhotosOf(tx, personIds);
	await eraseEntryTexts(tx, personIds);
};

registerPersonReference({ name: 'contest_entries', move: moveEntries, anonymise: eraseEntries });

async function peopleIdsOf(db: Db, userId: string): Promise<string[]> {
	const [u] = await db.select({ email: user.email }).from(user).where(eq(user.id, userId));
	if (!u) return [];
	return (await listPeopleOfAccount(db, userId, normaliseEmail(u.email) ?? u.email)).map((p) => p.id);
}

export const CONTEST_COLLECTORS: PersonalDataCollector[] = [{ name: 'contestEntries', collect: async (db, userId) => entriesForExport(db, await peopleIdsOf(db, userId)) }];
