/**
 * Entering a contest, with or without an account. A signed-in person entering with their account's
 * confirmed address is in at once; anyone else's entry waits for the e-mailed link
 * (people/confirmation.ts, purpose `contest-entry`). A confirmed entry is a participation of kind
 * `contest`, so the people rules (retention, merges, erasure) of the events apply. Eligibility by
 * attendance is checked when the address is confirmed, so nobody learns another address's history.
 */
import { newEntryId } from '$lib/domain/contest/entry-list';
import { localized } from '$lib/domain/localized';
import type { Locale } from '$lib/i18n/locales';
import { m } from '$lib/paraglide/messages';
import type { Principal } from '../auth/permissions';
import type { Db } from '../db/types';
import { listParticipationFacts, insertParticipation } from '../participation/participations-repository';
import { registerConfirmationPurpose, requestConfirmation } from '../people/confirmation';
import { personForEmail, personForUser } from '../people/flow';
import { findContest, findContestBySlug, type ContestRow } from './contests-repository';
import { confirmEntry, findEntry, findEntryOfPerson, insertEntry } from './entries-repository';
import { saveImage, type PreparedImage } from '../images/flow';
import { attachPhoto } from './photo-entries-repository';

export const ENTRY_PURPOSE = 'contest-entry';

export const entriesOpen = (c: Pick<ContestRow, 'status' | 'opensAt' | 'closesAt' | 'frozenAt'>, now: Date) => c.status === 'published' && !c.frozenAt && c.opensAt <= now && now < c.closesAt;

async function eligible(tx: Db, c: ContestRow, personId: string): Promise<boolean> {
	if (c.eligibility !== 'attendance') return true;
	if (!c.eligibilityProjectId) return false;
	const facts = await listParticipationFacts(tx, { projectId: c.eligibilityProjectId, kinds: ['event'] });
	const attended = new Set(facts.filter((f) => f.personId === personId && f.attendance === 'attended').map((f) => f.activityId));
	return attended.size >= (c.minEvents ?? 1);
}

async function confirmNow(tx: Db, c: ContestRow, entry: { id: string; personId: string; municipalityId: number | null }, now: Date): Promise<void> {
	const p = await insertParticipation(tx, {
		personId: entry.personId,
		activityKind: 'contest',
		activityId: c.id,
		organisationId: c.organisationId,
		projectId: c.projectId,
		activityStartsAt: c.opensAt,
		activityEndsAt: c.closesAt,
		municipalityId: entry.municipalityId,
		registration: 'registered',
		at: now
	});
	await confirmEntry(tx, entry.id, now, p.id);
}

registerConfirmationPurpose(ENTRY_PURPOSE, {
	ttlHours: 72,
	mail: ({ locale, url, payload }) => ({
		subject: m.contest_mail_confirm_subject({ title: String(payload.title ?? '') }, { locale }),
		text: m.contest_mail_confirm_text({ title: String(payload.title ?? ''), url }, { locale })
	}),
	onConfirmed: async (tx, { person, payload, now, locale }) => {
		const entry = await findEntry(tx, String(payload.entryId ?? ''));
		const contest = entry ? await findContest(tx, entry.contestId) : null;
		if (!entry || !contest || entry.personId !== person.id) return { message: m.contest_link_invalid({}, { locale }) };
		// no next page: the confirmation page shows the message, and the message carries the entry id
		if (entry.confirmedAt) return { message: m.contest_entered({ id: entry.publicId }, { locale }) };
		// a link used after the close cannot change a list that may already be frozen
		if (!entriesOpen(contest, now)) return { message: m.contest_confirm_too_late({}, { locale }) };
		if (!(await eligible(tx, contest, person.id))) return { message: m.contest_not_eligible({}, { locale }) };
		await confirmNow(tx, contest, entry, now);
		return { message: m.contest_entered({ id: entry.publicId }, { locale }) };
	}
});

/** `photo`: a photo contest's picture, checked and resized before the transaction (images/upload.ts). */
export type EnterInput = { slug: string; name: string; email: string; locale: Locale; answer: string | null; municipalityId: number | null; photo?: PreparedImage | null };
export type EnterOutcome = { kind: 'entered'; publicId: string } | { kind: 'check_mail' } | { kind: 'duplicate' } | { kind: 'closed' } | { kind: 'not_eligible' } | { kind: 'not_found' } | { kind: 'photo_required' };

export async function enterContest(db: Db, principal: Principal, input: EnterInput, now = new Date()): Promise<EnterOutcome> {
	return db.transaction(async (tx) => {
		const contest = await findContestBySlug(tx, input.slug);
		if (!contest || contest.status !== 'published') return { kind: 'not_found' };
		if (!entriesOpen(contest, now)) return { kind: 'closed' };
		if (contest.eligibility === 'photo' && !input.photo) return { kind: 'photo_required' };
		const own = !!principal && principal.emailVerified && principal.email.toLowerCase() === input.email.trim().toLowerCase();
		const person = own
			? await personForUser(tx, { id: principal!.userId, email: principal!.email, name: input.name, locale: input.locale }, now)
			: await personForEmail(tx, { email: input.email, name: input.name, locale: input.locale });
		if (await findEntryOfPerson(tx, contest.id, person.id)) return { kind: 'duplicate' };
		if (own && !(await eligible(tx, contest, person.id))) return { kind: 'not_eligible' };
		let id: string | null = null;
		let publicId = '';
		// a fresh id colliding with another entry's (55 random bits) is retried, never reused
		for (let i = 0; i < 5 && !id; i++) {
			publicId = newEntryId();
			id = await insertEntry(tx, { contestId: contest.id, personId: person.id, publicId, answer: input.answer, municipalityId: input.municipalityId, confirmedAt: null });
			if (!id && (await findEntryOfPerson(tx, contest.id, person.id))) return { kind: 'duplicate' };
		}
		if (!id) throw new Error('could not allocate a contest entry id');
		if (contest.eligibility === 'photo' && input.photo) {
			// stored in this transaction: a storage failure leaves no entry without its photo
			const image = await saveImage(tx, { ...input.photo, alt: m.contest_photo_alt_nowhere({ id: publicId }, { locale: 'lv' }) }, { ownerUserId: own ? principal!.userId : null, organisationId: contest.organisationId });
			await attachPhoto(tx, id, image.id);
		}
		if (own) {
			await confirmNow(tx, contest, { id, personId: person.id, municipalityId: input.municipalityId }, now);
			return { kind: 'entered', publicId };
		}
		await requestConfirmation(tx, { person, purpose: ENTRY_PURPOSE, payload: { entryId: id, title: localized(contest.title, input.locale) }, locale: input.locale }, now);
		return { kind: 'check_mail' };
	});
}
