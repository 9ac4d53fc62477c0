import { randomUUID } from 'node:crypto';
import type { Db } from '../db/types';
import { mailOutbox, type MailAttachment } from '../db/schema';
import { eq } from 'drizzle-orm';
import { personForEmail } from '../people/flow';
import { updatePerson, type PersonRow } from '../people/people-repository';
import { insertEvent, type EventInput } from './events-repository';

const HOUR = 3_600_000;

/** A published event of `organisationId` starting in `inHours` (data tests). */
export async function addTestEvent(db: Db, organisationId: string, x: Partial<EventInput> & { inHours?: number } = {}): Promise<string> {
	const startsAt = x.startsAt ?? new Date(Date.now() + (x.inHours ?? 72) * HOUR);
	const { id } = await insertEvent(db, {
		slug: x.slug ?? `e-${randomUUID().slice(0, 8)}`,
		organisationId,
		kind: x.kind ?? 'seminar',
		status: x.status ?? 'published',
		title: x.title ?? { lv: 'Seminārs', en: 'Seminar' },
		startsAt,
		endsAt: x.endsAt ?? new Date(startsAt.getTime() + 2 * HOUR),
		capacity: x.capacity ?? null,
		online: x.online ?? false,
		joinUrl: x.joinUrl ?? null,
		venueName: 'venueName' in x ? x.venueName : 'Zāle',
		offerHours: x.offerHours ?? 48,
		questions: x.questions ?? [],
		materials: x.materials ?? [],
		submissionId: randomUUID()
	});
	return id;
}

/** A person who confirmed their address (as after the e-mailed link). */
export async function confirmedPerson(db: Db, email: string, name = email.split('@')[0], locale = 'lv'): Promise<PersonRow> {
	const p = await personForEmail(db, { email, name, locale });
	await updatePerson(db, p.id, { confirmedAt: new Date() });
	return { ...p, confirmedAt: new Date() };
}

export const request = (eventId: string, guests = 0) => ({ eventId, guests, answers: {}, facts: {}, consent: true });

export async function mailsTo(db: Db, to: string): Promise<{ subject: string; text: string; attachments: MailAttachment[] }[]> {
	return db.select({ subject: mailOutbox.subject, text: mailOutbox.text, attachments: mailOutbox.attachments }).from(mailOutbox).where(eq(mailOutbox.to, to));
}
