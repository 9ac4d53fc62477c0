/**
 * Writing a cooperation profile (issue 19): a listing's owner or organisation staff save a draft or
 * submit it for review (pending); an edit of a published profile goes back to review, so nothing
 * unreviewed is ever public. The owner renews a published (or expired) profile for six more months,
 * or withdraws it. Routes authorize first; these flows check the profile belongs to the owner named.
 */
import { randomUUID } from 'node:crypto';
import { addMonths, PROFILE_MONTHS } from '$lib/domain/cooperation/kinds';
import type { CooperationProfileInput } from '$lib/forms/cooperation';
import { localized } from '$lib/domain/localized';
import { slugify } from '../../text/slug';
import type { LocalizedText } from '../db/schema/common';
import type { Db } from '../db/types';
import { findOwnedProfile, insertProfile, replaceSectorsAndRegions, setStatus, updateProfileFields, type OwnedProfile, type ProfileOwner } from './profiles-repository';
import { profileSearchText } from './search-text';


const text = (t: Partial<Record<string, string | undefined>>): LocalizedText => Object.fromEntries(Object.entries(t).filter(([, v]) => !!v)) as LocalizedText;

export function sameOwner(profile: Pick<OwnedProfile, 'producerId' | 'organisationId'>, owner: ProfileOwner): boolean {
	return owner.producerId ? profile.producerId === owner.producerId : profile.organisationId === owner.organisationId;
}

/** The profile when it is this owner's, else null (a forged id from another owner is a 404). */
export async function ownedProfile(db: Db, owner: ProfileOwner, id: string): Promise<OwnedProfile | null> {
	const p = await findOwnedProfile(db, id);
	return p && sameOwner(p, owner) ? p : null;
}

function fieldsOf(input: CooperationProfileInput) {
	const title = text(input.title);
	const description = text(input.description);
	return {
		direction: input.direction,
		kind: input.kind,
		title,
		description,
		countries: [...new Set(input.countries)],
		languages: [...new Set(input.languages)],
		contactName: input.contactName,
		contactEmail: input.contactEmail ?? null,
		contactPhone: input.contactPhone ?? null,
		searchText: profileSearchText(title, description)
	};
}

export type SaveInput = { owner: ProfileOwner; userId: string | null; profileId: string | null; input: CooperationProfileInput; submit: boolean; isDemo?: boolean };

/** Saves (creates or edits) and returns the profile's id, or null when the id is not this owner's. */
export async function saveProfile(db: Db, s: SaveInput): Promise<{ id: string; slug: string } | null> {
	return db.transaction(async (tx) => {
		const fields = fieldsOf(s.input);
		const status = s.submit ? 'pending' : 'draft';
		if (s.profileId) {
			const p = await ownedProfile(tx, s.owner, s.profileId);
			if (!p || p.status === 'withdrawn') return null;
			await updateProfileFields(tx, p.id, { ...fields, status });
			await replaceSectorsAndRegions(tx, p.id, s.input.categoryIds, s.input.regionIds);
			return { id: p.id, slug: p.slug };
		}
		// a readable slug from the title, made unique by a short random tail (no lookup race)
		const slug = `${slugify(localized(fields.title, 'lv')) || 'sadarbiba'}-${randomUUID().slice(0, 6)}`;
		const id = await insertProfile(tx, { ...fields, ...s.owner, slug, createdByUserId: s.userId, status, isDemo: s.isDemo });
		await replaceSectorsAndRegions(tx, id, s.input.categoryIds, s.input.regionIds);
		return { id, slug };
	});
}

/** Submit a draft or a rejected profile again. */
export async function submitProfile(db: Db, owner: ProfileOwner, id: string): Promise<boolean> {
	const p = await ownedProfile(db, owner, id);
	if (!p || !['draft', 'rejected'].includes(p.status)) return false;
	await setStatus(db, id, { status: 'pending' });
	return true;
}

/** Six more months from now; an expired profile (reviewed before) is public again. */
export async function renewProfile(db: Db, owner: ProfileOwner, id: string, now = new Date()): Promise<Date | null> {
	const p = await ownedProfile(db, owner, id);
	if (!p || !['published', 'expired'].includes(p.status)) return null;
	const expiresAt = addMonths(now, PROFILE_MONTHS);
	await setStatus(db, id, { status: 'published', expiresAt, renewalRemindedAt: null });
	return expiresAt;
}

export async function withdrawProfile(db: Db, owner: ProfileOwner, id: string): Promise<boolean> {
	const p = await ownedProfile(db, owner, id);
	if (!p || p.status === 'withdrawn') return false;
	await setStatus(db, id, { status: 'withdrawn' });
	return true;
}
