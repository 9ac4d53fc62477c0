/**
 * A registered person's own event page, opened with the signed link from their mails: their
 * status, the QR code for the door, the join link of an online event, the materials sent
 * beforehand, and the buttons to cancel or to accept an offered place.
 */
import { authSecret } from '../auth/secret';
import type { Db } from '../db/types';
import { findEvent } from './events-repository';
import { findRegistration } from './registrations-repository';
import { checkinCode, readRegistrationToken } from './tokens';
import { qrcode } from '../runtime/lazy-modules';

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
		// the image itself comes from qr.png beside the page (the pages' CSP allows images from this site only)
		showQr: holds && !ended && e.status !== 'cancelled',
		joinUrl: holds && e.online && e.status !== 'cancelled' ? e.joinUrl : null,
		materialsBefore: holds ? e.materials.filter((mat) => mat.before) : [],
		canCancel: !ended && e.status !== 'cancelled' && ['registered', 'waitlisted', 'offered'].includes(reg.registration),
		canAccept: reg.registration === 'offered' && !!reg.offerExpiresAt && reg.offerExpiresAt > now
	};
}

/** The door's QR code of a personal link, while the person holds a place in an event still to come. */
export async function registrationQrPng(db: Db, slug: string, token: string, now = new Date()): Promise<Buffer | null> {
	const page = await personalPage(db, slug, token, now);
	if (!page?.showQr) return null;
	return (await qrcode()).toBuffer(checkinCode(page.participationId, authSecret()), { margin: 2, width: 320, errorCorrectionLevel: 'M', type: 'png' });
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
