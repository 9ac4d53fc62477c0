import { eq } from 'drizzle-orm';
import { eventMessages } from '../db/schema';
import type { Db } from '../db/types';

export type MessageRow = { id: string; eventId: string; audience: string; subject: string; body: string; recipients: number | null };

/** Stores a message once per form key; false when that key was stored before. */
export async function insertMessage(db: Db, msg: { id: string; eventId: string; audience: string; subject: string; body: string; actorUserId: string }): Promise<boolean> {
	const rows = await db.insert(eventMessages).values(msg).onConflictDoNothing().returning({ id: eventMessages.id });
	return rows.length > 0;
}

export async function findMessage(db: Db, id: string): Promise<MessageRow | null> {
	const [row] = await db
		.select({ id: eventMessages.id, eventId: eventMessages.eventId, audience: eventMessages.audience, subject: eventMessages.subject, body: eventMessages.body, recipients: eventMessages.recipients })
		.from(eventMessages)
		.where(eq(eventMessages.id, id));
	return row ?? null;
}

export async function setRecipients(db: Db, id: string, n: number): Promise<void> {
	await db.update(eventMessages).set({ recipients: n }).where(eq(eventMessages.id, id));
}

export async function listMessages(db: Db, eventId: string) {
	return db
		.select({ id: eventMessages.id, audience: eventMessages.audience, subject: eventMessages.subject, recipients: eventMessages.recipients, createdAt: eventMessages.createdAt })
		.from(eventMessages)
		.where(eq(eventMessages.eventId, eventId));
}
