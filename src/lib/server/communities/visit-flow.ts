/**
 * "Book a visit": a visitor's request to a place's host, and the host's answer. The request, the
 * mails to the host's staff and the requester's receipt commit in one transaction (mails are
 * jobs). Public, so counted per address in the database like the other anonymous forms.
 */
import { recordAudit } from '../audit/audit-repository';
import type { Db } from '../db/types';
import { enqueueMail } from '../mail/outbox';
import { consumeRateLimit } from '../rate-limit/rate-limit';
import { listStaff } from '../workspace/members-repository';
import type { VisitForm } from './forms';
import { hostMail, receiptMail, replyMail } from './mails';
import { publishedPlaceHost } from './places-lookup';
import { scheduleVisitRetention } from './retention';
import { findVisit, insertVisit, setVisitStatus, type VisitStatus } from './visits-repository';
import { findWorkspaceOrganisationById } from '../workspace/organisations-lookup';

/** A shared address (a library, a school) is many people: generous per hour, still a stop for a script. */
export const VISIT_LIMITS = { perIp: { limit: 20, windowSeconds: 3600 }, perPlace: { limit: 200, windowSeconds: 86_400 } } as const;

export type VisitResult = { ok: true; id: string } | { ok: false; error: 'rate_limited' | 'no_host' | 'not_found' };

export async function requestVisit(db: Db, input: { placeSlug: string; form: VisitForm; locale: string; ip: string; personId: string | null; now?: Date }): Promise<VisitResult> {
	const place = await publishedPlaceHost(db, input.placeSlug);
	if (!place) return { ok: false, error: 'not_found' };
	if (!place.operatorId) return { ok: false, error: 'no_host' };
	for (const rule of [{ key: `visit:ip:${input.ip}`, ...VISIT_LIMITS.perIp }, { key: `visit:place:${place.id}`, ...VISIT_LIMITS.perPlace }]) {
		if (!(await consumeRateLimit(db, rule)).allowed) return { ok: false, error: 'rate_limited' };
	}
	const operatorId = place.operatorId;
	const org = await findWorkspaceOrganisationById(db, operatorId);
	const f = input.form;
	const id = await db.transaction(async (tx) => {
		const id = await insertVisit(tx, { placeId: place.id, personId: input.personId, name: f.name, email: f.email, phone: f.phone ?? null, preferredOn: f.preferredOn ?? null, message: f.message ?? '' });
		for (const s of await listStaff(tx, operatorId)) {
			await enqueueMail(tx, hostMail(s.email, { place: place.name, organisationSlug: org?.slug ?? '', placeId: place.id, form: f }));
		}
		await enqueueMail(tx, receiptMail({ place: place.name, placeSlug: place.slug, locale: input.locale, form: f }));
		await scheduleVisitRetention(tx, input.now ?? new Date());
		return id;
	});
	return { ok: true, id };
}

export type ReplyResult = { ok: true } | { ok: false; error: 'not_found' };

/** The host's answer by e-mail (a job), and the request marked answered; audited. */
export async function replyToVisit(db: Db, input: { actorUserId: string; organisationId: string; place: { id: string; name: string }; hostName: string; visitId: string; body: string }): Promise<ReplyResult> {
	return db.transaction(async (tx) => {
		const visit = await findVisit(tx, input.place.id, input.visitId);
		if (!visit) return { ok: false, error: 'not_found' } as const;
		await enqueueMail(tx, replyMail({ to: visit.email, place: input.place.name, host: input.hostName, body: input.body }));
		await setVisitStatus(tx, visit.id, 'answered', new Date());
		await recordAudit(tx, { actorUserId: input.actorUserId, action: 'visit_request.reply', entityType: 'place', entityId: input.place.id, details: { visitId: visit.id, organisationId: input.organisationId } });
		return { ok: true } as const;
	});
}

export async function changeVisitStatus(db: Db, input: { actorUserId: string; placeId: string; visitId: string; status: VisitStatus }): Promise<boolean> {
	return db.transaction(async (tx) => {
		const visit = await findVisit(tx, input.placeId, input.visitId);
		if (!visit) return false;
		await setVisitStatus(tx, visit.id, input.status);
		await recordAudit(tx, { actorUserId: input.actorUserId, action: 'visit_request.status', entityType: 'place', entityId: input.placeId, details: { visitId: visit.id, from: visit.status, to: input.status } });
		return true;
	});
}
