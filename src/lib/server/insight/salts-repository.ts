/** search_log_salts: one random salt per day in Riga, deleted once the day is over. */
import { randomBytes } from 'node:crypto';
import { eq, lt } from 'drizzle-orm';
import { searchLogSalts } from '../db/schema';
import type { Db } from '../db/types';

/** The day's salt, made by whichever process logs first (the others read that one). */
export async function saltOf(db: Db, day: string): Promise<string> {
	await db.insert(searchLogSalts).values({ day, salt: randomBytes(32).toString('base64url') }).onConflictDoNothing();
	const [row] = await db.select({ salt: searchLogSalts.salt }).from(searchLogSalts).where(eq(searchLogSalts.day, day));
	return row.salt;
}

/** Forgets the salts of days before `day`: their dedupe keys can then never be linked to anyone. */
export async function deleteSaltsBefore(db: Db, day: string): Promise<number> {
	const rows = await db.delete(searchLogSalts).where(lt(searchLogSalts.day, day)).returning({ day: searchLogSalts.day });
	return rows.length;
}
