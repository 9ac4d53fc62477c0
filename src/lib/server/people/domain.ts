/**
 * People: pure rules for the person key (decision 006). No I/O.
 * - one key per e-mail address, compared in a normalised form;
 * - duplicates (the same person under two addresses) are only ever *suggested*; a coordinator merges;
 * - a merge keeps one row (the survivor) and one participation per activity;
 * - anonymisation clears every personal field and keeps the id, so counts still see one person.
 */
import { domainToASCII } from 'node:url';

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}$/;
const DOMAIN_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * The form an address is stored and compared in, or null when it is not an address: trimmed,
 * `mailto:` and angle brackets dropped, Unicode composed, lower case (no real mail system treats
 * "Anna@" and "anna@" as two people), the domain in its ASCII (punycode) form without a final dot.
 */
export function normaliseEmail(raw: string | null | undefined): string | null {
	if (typeof raw !== 'string') return null;
	let s = raw.normalize('NFC').trim();
	s = s.replace(/^mailto:/i, '').replace(/^<(.*)>$/, '$1').trim();
	const at = s.lastIndexOf('@');
	if (at <= 0 || at === s.length - 1 || s.length > 254) return null;
	const local = s.slice(0, at).toLowerCase();
	const domain = domainToASCII(s.slice(at + 1).toLowerCase().replace(/\.$/, ''));
	if (!LOCAL_PART.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) return null;
	const labels = domain.split('.');
	if (labels.length < 2 || !labels.every((l) => DOMAIN_LABEL.test(l)) || !/^[a-z-]{2,}$/.test(labels.at(-1)!.replace(/^xn--/, 'xn'))) return null;
	return `${local}@${domain}`;
}

const GMAIL = new Set(['gmail.com', 'googlemail.com']);

/**
 * A looser key for *suggesting* that two addresses may be one person: "+tags" dropped everywhere,
 * and for Gmail the dots too (Gmail ignores them). Never used to join rows by itself.
 */
export function duplicateKey(normalisedEmail: string): string {
	const at = normalisedEmail.lastIndexOf('@');
	let local = normalisedEmail.slice(0, at).replace(/\+.*$/, '');
	let domain = normalisedEmail.slice(at + 1);
	if (GMAIL.has(domain)) {
		local = local.replaceAll('.', '');
		domain = 'gmail.com';
	}
	return `${local}@${domain}`;
}

/** Names compared for duplicate suggestions: case, diacritics and spacing ignored. */
export function nameKey(name: string | null | undefined): string | null {
	if (!name) return null;
	const key = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
	return key.length >= 3 ? key.split(' ').sort().join(' ') : null;
}

export type PersonFacts = {
	id: string;
	email: string | null;
	name: string | null;
	userId: string | null;
	confirmedAt: Date | null;
	mergedIntoId: string | null;
	anonymisedAt: Date | null;
};

export type MergeRefusal = 'same_person' | 'already_merged' | 'anonymised' | 'two_accounts';

/**
 * What the survivor looks like after absorbing `merged`, or why the two cannot be merged: two
 * accounts stay two people (each signs in on their own), and an anonymised row has nothing left
 * that a coordinator could have recognised.
 */
export function planPersonMerge(
	survivor: PersonFacts,
	merged: PersonFacts
): { ok: true; survivor: Pick<PersonFacts, 'name' | 'userId' | 'confirmedAt'> } | { ok: false; reason: MergeRefusal } {
	if (survivor.id === merged.id) return { ok: false, reason: 'same_person' };
	if (survivor.mergedIntoId || merged.mergedIntoId) return { ok: false, reason: 'already_merged' };
	if (survivor.anonymisedAt || merged.anonymisedAt) return { ok: false, reason: 'anonymised' };
	if (survivor.userId && merged.userId && survivor.userId !== merged.userId) return { ok: false, reason: 'two_accounts' };
	const confirmed = [survivor.confirmedAt, merged.confirmedAt].filter((d): d is Date => !!d).sort((a, b) => a.getTime() - b.getTime())[0] ?? null;
	return {
		ok: true,
		survivor: { name: survivor.name ?? merged.name, userId: survivor.userId ?? merged.userId, confirmedAt: confirmed }
	};
}

/** Every personal field of a person row, cleared; the id and the dates that carry no identity stay. */
export function anonymisedPerson(now: Date): { email: null; name: null; userId: null; anonymisedAt: Date; updatedAt: Date } {
	return { email: null, name: null, userId: null, anonymisedAt: now, updatedAt: now };
}

/** People with no participation (an unused confirmation) keep their address this long. */
export const UNUSED_PERSON_DAYS = 30;
const DAY = 86_400_000;

/**
 * Whether a person's data is past its time: someone with an account keeps it while the account
 * lives (deleting the account anonymises them); otherwise the last of their activities (each
 * with its organisation's retention) must lie further back than that retention, and someone who
 * never took part in anything is anonymised after UNUSED_PERSON_DAYS.
 */
export function isDueForAnonymisation(
	person: { userId: string | null; anonymisedAt: Date | null; createdAt: Date },
	activities: readonly { endsAt: Date | null; startsAt: Date | null; retentionDays: number }[],
	now: Date
): boolean {
	if (person.anonymisedAt || person.userId) return false;
	if (!activities.length) return now.getTime() - person.createdAt.getTime() > UNUSED_PERSON_DAYS * DAY;
	return activities.every((a) => {
		const end = a.endsAt ?? a.startsAt;
		// an activity without a date is not over: keep the data until someone dates it
		return end !== null && now.getTime() - end.getTime() > a.retentionDays * DAY;
	});
}
