import { desc, eq } from 'drizzle-orm';
import { consents } from '../db/schema';
import type { Db } from '../db/types';

/**
 * Version of the privacy text (/[lang]/privatums). Change it whenever the text changes in substance:
 * each consent row keeps the version the user actually saw.
 */
export const PRIVACY_VERSION = '2026-11-23';

export async function recordConsent(db: Db, entry: { userId: string; kind: string; textVersion: string; locale: string }): Promise<void> {
	await db.insert(consents).values(entry);
}

export async function consentsOf(db: Db, userId: string) {
	return db
		.select({ kind: consents.kind, textVersion: consents.textVersion, locale: consents.locale, givenAt: consents.givenAt })
		.from(consents)
		.where(eq(consents.userId, userId))
		.orderBy(desc(consents.givenAt));
}
