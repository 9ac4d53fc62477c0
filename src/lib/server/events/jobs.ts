// Job handlers of events (imported once from src/lib/server/jobs/handlers.ts).
import { registerJobHandler } from '../jobs/registry';
import { enqueueMail } from '../mail/outbox';
import { findEvent } from './events-repository';
import { mailEventOf } from './mail-event';
import { registrationMail } from './mails';
import { BROADCAST_JOB, inAudience, REMINDER_JOB, type Audience } from './manage-flow';
import { findMessage, setRecipients } from './messages-repository';
import { expireOffer, OFFER_EXPIRY_JOB } from './registration-flow';
import { listRegistrations, markReminderSent } from './registrations-repository';
import { EVENT_RETENTION_JOB, scheduleEventRetention, sweepEventRetention } from './retention';

const DAY = 86_400_000;

registerJobHandler(OFFER_EXPIRY_JOB, async (db, payload: { participationId: string }) => {
	await expireOffer(db, payload.participationId);
});

/** One reminder for the start time it was scheduled for; a moved event scheduled its own. Each person once. */
registerJobHandler(REMINDER_JOB, async (db, payload: { eventId: string; hours: number; startsAt: string }) => {
	await db.transaction(async (tx) => {
		const event = await findEvent(tx, payload.eventId);
		if (!event || event.status !== 'published' || event.startsAt.toISOString() !== payload.startsAt) return;
		const mailEvent = await mailEventOf(tx, event);
		for (const r of await listRegistrations(tx, event.id)) {
			if (r.registration !== 'registered' || !r.email || r.remindersSent.includes(payload.hours)) continue;
			await enqueueMail(tx, await registrationMail('reminder', mailEvent, { participationId: r.participationId, email: r.email, name: r.name, locale: r.locale }));
			await markReminderSent(tx, r.participationId, payload.hours);
		}
	});
});

registerJobHandler(BROADCAST_JOB, async (db, payload: { messageId: string }) => {
	await db.transaction(async (tx) => {
		const msg = await findMessage(tx, payload.messageId);
		if (!msg || msg.recipients !== null) return; // sent already
		const event = await findEvent(tx, msg.eventId);
		if (!event) return;
		const mailEvent = await mailEventOf(tx, event);
		let n = 0;
		for (const r of await listRegistrations(tx, event.id)) {
			if (!r.email || !inAudience(r, msg.audience as Audience)) continue;
			const stillRegistered = r.registration === 'registered' && event.endsAt > new Date();
			await enqueueMail(tx, await registrationMail('message', mailEvent, { participationId: r.participationId, email: r.email, name: r.name, locale: r.locale }, { subject: msg.subject, body: msg.body, stillRegistered }));
			n++;
		}
		await setRecipients(tx, msg.id, n);
	});
});

registerJobHandler(EVENT_RETENTION_JOB, async (db) => {
	await scheduleEventRetention(db, new Date(Date.now() + DAY));
	await sweepEventRetention(db);
});
import './personal-data';
import './register-flow'; // its confirmation purpose must exist before any link is used
