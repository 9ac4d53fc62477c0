/**
 * A registered person's own event page, opened with the signed link from their mails: their
 * status, the QR code for the door, the join link of an online event, the materials sent
 * beforehand, and the buttons to cancel or to accept an offered place.
 */
import { authSecret } from '../auth/secret';
import QRCode from 'qrcode';
import type { Db } from '../db/types';
import { findEvent } from './events-repository';
import { findRegistration } from './registrations-repository';
import { checkinCode, readRegistrationToken } from './tokens';

export async function personalPage(db: Db, slug: string, token: string, now = new Date()) {
	const id = readRegistrationToken(token, authSecret());
	if (!id) return null;
	const reg = await findRegistration(db, id);
	if (!reg) return null;
	const e = await findEvent(db, reg.eventId);
	if (!e || e.slug !== slug) return null;
	const holds = reg.registration === 'registered';
	const ended = e.endsAt <= now;
	return {
		participationId: reg.participationId,
		name: reg.name,
		registration: reg.registration,
		attendance: reg.attendance,
		guests: reg.guests,
		offerExpiresAt: reg.registration === 'offered' ? (reg.offerExpiresAt?.toISOString() ?? null) : null,
		qrDataUrl: holds && !ended && e.status !== 'cancelled' ? await QRCode.toDataURL(checkinCode(reg.participationId, authSecret()), { margin: 2, width: 320, errorCorrectionLevel: 'M' }) : null,
		joinUrl: holds && e.online && e.status !== 'cancelled' ? e.joinUrl : null,
		materialsBefore: holds ? e.materials.filter((mat) => mat.before) : [],
		canCancel: !ended && e.status !== 'cancelled' && ['registered', 'waitlisted', 'offered'].includes(reg.registration),
		canAccept: reg.registration === 'offered' && !!reg.offerExpiresAt && reg.offerExpiresAt > now
	};
}

/** The participation a personal link names, when it belongs to this event (the actions' check). */
export async function registrationOfLink(db: Db, slug: string, token: string): Promise<string | null> {
	const id = readRegistrationToken(token, authSecret());
	if (!id) return null;
	const reg = await findRegistration(db, id);
	if (!reg) return null;
	const e = await findEvent(db, reg.eventId);
	return e && e.slug === slug ? id : null;
}
