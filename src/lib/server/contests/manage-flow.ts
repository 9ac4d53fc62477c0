/**
 * Creating and editing a contest. Everything the draw depends on (window, winners, eligibility,
 * source) is fixed once the contest is published: a published contest can no longer be edited.
 */
import { slugify, uniqueSlug } from '$lib/text/slug';
import { recordAudit } from '../audit/audit-repository';
import type { Db } from '../db/types';
import { projectChoices } from '../events/event-projects';
import { listingIds } from '../events/lookups-repository';
import type { ContestForm } from './contest-input';
import { findContest, insertContest, replacePrizes, slugsLike, updateContest } from './contests-repository';

/** The organisation's projects in Latvian order (a contest may belong to one; attendance eligibility counts one's events). */
export const contestProjects = (db: Db, organisationId: string, locale: string) => projectChoices(db, organisationId, locale);

export type SaveOutcome = { ok: true; id: string } | { ok: false; reason: 'not_found' | 'published' } | { ok: false; reason: 'invalid'; errors: Record<string, string> };

export async function saveContest(db: Db, input: { actorUserId: string | null; organisationId: string; contestId: string | null; data: ContestForm; isDemo?: boolean }): Promise<SaveOutcome> {
	return db.transaction(async (tx) => {
		const { prizes, ...fields } = input.data;
		const ids = await listingIds(tx, 'producer', prizes.flatMap((p) => (p.producerSlug ? [p.producerSlug] : [])));
		const errors: Record<string, string> = {};
		prizes.forEach((p, i) => {
			if (p.producerSlug && !ids.has(p.producerSlug)) errors[`prizes.${i}.producer`] = 'not_found';
		});
		if (Object.keys(errors).length) return { ok: false as const, reason: 'invalid' as const, errors };
		let id = input.contestId;
		if (id) {
			const before = await findContest(tx, id);
			if (!before || before.organisationId !== input.organisationId) return { ok: false as const, reason: 'not_found' as const };
			if (before.status !== 'draft') return { ok: false as const, reason: 'published' as const };
			await updateContest(tx, id, fields);
		} else {
			const base = slugify(fields.title.lv) || 'konkurss';
			const taken = await slugsLike(tx, base);
			id = await insertContest(tx, { ...fields, organisationId: input.organisationId, slug: uniqueSlug(base, (s) => taken.has(s)), isDemo: input.isDemo ?? false });
		}
		await replacePrizes(tx, id, prizes.map((p) => ({ title: p.title, producerId: p.producerSlug ? (ids.get(p.producerSlug) ?? null) : null })));
		await recordAudit(tx, { actorUserId: input.actorUserId, action: input.contestId ? 'contest.update' : 'contest.create', entityType: 'contest', entityId: id, details: {} });
		return { ok: true as const, id };
	});
}
