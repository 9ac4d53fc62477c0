/**
 * Moderating the photos of a photo contest (issue 18): an entry joins the frozen list only once staff
 * approved its photo. A rejection carries a reason, is audited and tells the entrant by mail in their
 * language (queued in the same transaction). Decisions are final: a freeze may already have read them.
 */
import { isUuid } from '$lib/domain/ids';
import { isLocale } from '$lib/i18n/locales';
import { localized } from '$lib/domain/localized';
import { m } from '$lib/paraglide/messages';
import { cleanText } from '$lib/text/clean';
import { recordAudit } from '../audit/audit-repository';
import type { Db } from '../db/types';
import { deleteImageRow } from '../images/images-repository';
import { imageStorage } from '../images/storage';
import { enqueueMail } from '../mail/outbox';
import { lockContest } from './contests-repository';
import { decidePhoto, findPhotoEntry, photoIdsOfPeople } from './photo-entries-repository';

export type PhotoDecision = { entryId: string; decision: 'approve' | 'reject'; reason: string };
export type PhotoDecisionResult = { ok: true } | { ok: false; reason: 'not_found' | 'decided' | 'frozen' | 'reason_required' };

export async function decideContestPhoto(db: Db, actorUserId: string | null, contestId: string, input: PhotoDecision, now = new Date()): Promise<PhotoDecisionResult> {
	const reason = cleanText(input.reason).trim().slice(0, 500);
	if (input.decision === 'reject' && !reason) return { ok: false, reason: 'reason_required' };
	if (!isUuid(input.entryId)) return { ok: false, reason: 'not_found' };
	return db.transaction(async (tx) => {
		const c = await lockContest(tx, contestId);
		if (!c || c.eligibility !== 'photo') return { ok: false as const, reason: 'not_found' as const };
		// the frozen list is published: a later decision could not change it
		if (c.frozenAt) return { ok: false as const, reason: 'frozen' as const };
		const e = await findPhotoEntry(tx, contestId, input.entryId);
		if (!e || !e.imageId) return { ok: false as const, reason: 'not_found' as const };
		if (e.photoStatus !== 'pending') return { ok: false as const, reason: 'decided' as const };
		const status = input.decision === 'approve' ? 'approved' : 'rejected';
		await decidePhoto(tx, e.id, status, status === 'rejected' ? reason : null, now);
		await recordAudit(tx, { actorUserId, action: `contest.photo_${status}`, entityType: 'contest', entityId: contestId, details: { publicId: e.publicId, imageId: e.imageId, ...(status === 'rejected' && { reason }) } });
		if (status === 'rejected' && e.email && !c.isDemo) {
			const locale = isLocale(e.locale) ? e.locale : 'lv';
			const title = localized(c.title, locale);
			await enqueueMail(tx, { to: e.email, subject: m.contest_photo_mail_rejected_subject({ title }, { locale }), text: m.contest_photo_mail_rejected_text({ title, id: e.publicId, reason }, { locale }) });
		}
		return { ok: true as const };
	});
}

/** Erasure and anonymisation: the photo is the entrant's data, so its row and every variant go. */
export async function erasePhotosOf(tx: Db, personIds: string[]): Promise<void> {
	for (const id of await photoIdsOfPeople(tx, personIds)) {
		await imageStorage().remove(tx, id);
		await deleteImageRow(tx, id); // the entry's image_id is set null by its foreign key
	}
}
