import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { parseEntryList } from '$lib/domain/contest/entry-list';
import { openTestDb } from '../db/test-db';
import type { DbHandle } from '../db/client';
import { contestEntries, imageVariants, images, people } from '../db/schema';
import { confirmByToken } from '../people/confirmation';
import { mailsTo } from '../events/test-fixtures';
import { personReferences } from '../people/references';
import { findWorkspaceOrganisation } from '../workspace/organisations-lookup';
import { prepareImage } from '../images/flow';
import { plainPng } from '../images/test-images';
import { findContest } from './contests-repository';
import { freezeContest, publishContest } from './draw-flow';
import { enterContest } from './enter-flow';
import { saveContest } from './manage-flow';
import { decideContestPhoto } from './photo-flow';
import { countPhotos, listEntryPhotos } from './photo-entries-repository';
import './jobs';

const CLOSES = new Date(1692805762_000);
const OPENS = new Date(CLOSES.getTime() - 7 * 86_400_000);
const DURING = new Date(CLOSES.getTime() - 86_400_000);
const AFTER = new Date(CLOSES.getTime() + 60_000);
const tokenIn = (text: string) => new URL(text.match(/https?:\/\/\S+/)![0]).searchParams.get('token')!;

let h: DbHandle;
let org: string;
beforeAll(async () => {
	h = await openTestDb({ seed: true });
	org = (await findWorkspaceOrganisation(h.db, 'pierigas-partneriba'))!.id;
});
afterAll(async () => h?.close());

async function enterWithPhoto(slug: string, email: string) {
	const photo = await prepareImage(await plainPng(), 'x');
	expect(await enterContest(h.db, null, { slug, name: 'Foto', email, locale: 'en', answer: null, municipalityId: null, photo }, DURING)).toEqual({ kind: 'check_mail' });
	const [mail] = await mailsTo(h.db, email);
	expect(await confirmByToken(h.db, tokenIn(mail.text), DURING)).toMatchObject({ ok: true });
	const [e] = await h.db.select({ id: contestEntries.id, publicId: contestEntries.publicId, imageId: contestEntries.imageId, personId: contestEntries.personId }).from(contestEntries).innerJoin(people, eq(people.id, contestEntries.personId)).where(eq(people.email, email));
	return e;
}

describe('a photo contest', () => {
	it('takes a photo with each entry; only approved photos reach the frozen list; a rejection mails the entrant', async () => {
		const saved = await saveContest(h.db, { actorUserId: null, organisationId: org, contestId: null, data: { title: { lv: 'Rudens foto' }, rules: { lv: 'Noteikumi' }, opensAt: OPENS, closesAt: CLOSES, winners: 1, eligibility: 'photo', minEvents: null, eligibilityProjectId: null, question: { lv: 'Rudens lapas' }, projectId: null, sourceKind: 'commit', prizes: [{ title: { lv: 'Grozs' }, producerSlug: null }] } });
		if (!saved.ok) throw new Error('not saved');
		const c = (await findContest(h.db, saved.id))!;
		expect(await publishContest(h.db, null, c.id, OPENS)).toEqual({ ok: true });
		expect(await enterContest(h.db, null, { slug: c.slug, name: 'Bez', email: 'bez.foto@example.lv', locale: 'lv', answer: null, municipalityId: null }, DURING)).toEqual({ kind: 'photo_required' });

		const a = await enterWithPhoto(c.slug, 'foto.a@example.lv');
		const b = await enterWithPhoto(c.slug, 'foto.b@example.lv');
		expect(a.imageId).toBeTruthy();
		expect((await h.db.select({ w: imageVariants.width }).from(imageVariants).where(eq(imageVariants.imageId, a.imageId!))).length).toBeGreaterThan(0);
		expect(await countPhotos(h.db, c.id)).toEqual({ pending: 2, approved: 0, rejected: 0 });

		expect(await decideContestPhoto(h.db, null, c.id, { entryId: b.id, decision: 'reject', reason: '' }, DURING)).toEqual({ ok: false, reason: 'reason_required' });
		expect(await decideContestPhoto(h.db, null, c.id, { entryId: a.id, decision: 'approve', reason: '' }, DURING)).toEqual({ ok: true });
		expect(await decideContestPhoto(h.db, null, c.id, { entryId: b.id, decision: 'reject', reason: 'Not autumn' }, DURING)).toEqual({ ok: true });
		expect(await decideContestPhoto(h.db, null, c.id, { entryId: b.id, decision: 'approve', reason: '' }, DURING)).toEqual({ ok: false, reason: 'decided' });
		const rejected = await mailsTo(h.db, 'foto.b@example.lv');
		expect(rejected.map((x) => x.subject)).toContain('Your photo for "Rudens foto" was not accepted');
		expect(rejected.find((x) => x.subject.startsWith('Your photo'))!.text).toContain('Not autumn');

		expect((await listEntryPhotos(h.db, c.id, 'approved', true)).map((p) => p.publicId)).toEqual([a.publicId]);
		expect(await freezeContest(h.db, c.id, AFTER)).toBe(true);
		const frozen = (await findContest(h.db, c.id))!;
		expect(parseEntryList(frozen.frozenList!)).toEqual([a.publicId]);
		expect(await decideContestPhoto(h.db, null, c.id, { entryId: a.id, decision: 'approve', reason: '' }, AFTER)).toEqual({ ok: false, reason: 'frozen' });

		// erasure: the photo and its variants go, the public id stays
		const ref = personReferences().find((r) => r.name === 'contest_entries')!;
		await h.db.transaction((tx) => ref.anonymise(tx, [a.personId]));
		expect(await h.db.select({ id: images.id }).from(images).where(eq(images.id, a.imageId!))).toEqual([]);
		expect(await h.db.select({ w: imageVariants.width }).from(imageVariants).where(eq(imageVariants.imageId, a.imageId!))).toEqual([]);
		const [kept] = await h.db.select({ publicId: contestEntries.publicId, imageId: contestEntries.imageId }).from(contestEntries).where(eq(contestEntries.id, a.id));
		expect(kept).toEqual({ publicId: a.publicId, imageId: null });
	});
});
