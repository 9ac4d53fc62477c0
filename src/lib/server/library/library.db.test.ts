import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDb } from '../db/test-db';
import type { DbHandle } from '../db/client';
import sharp from 'sharp';
import { auditLog, jobs, libraryFiles, libraryItems, projects, user } from '../db/schema';
import { libraryForm } from './test-forms';
import { pdfOf } from '../insight/test-files';
import { findWorkspaceOrganisation } from '../workspace/organisations-lookup';
import { workspaceOverview } from '../workspace/queries';
import { fileInfo } from './files-repository';
import { COVER_WIDTH } from './first-page';
import { drawLibraryThumbnail } from './thumbnail-job';
import { removeLibraryItem, saveLibraryItem, LIBRARY_THUMBNAIL_JOB } from './flow';
import { findLibraryItem, listTopics, topicIdsOf } from './items-repository';
import { addUse, usageOf } from './usage-repository';

let h: DbHandle;
let org: string;
let otherOrg: string;
beforeAll(async () => {
	h = await openTestDb({ seed: true });
	await h.db.insert(user).values([
		{ id: 'u1', name: 'Pierīgas redaktore', email: 'lib-u1@example.lv', emailVerified: true },
		{ id: 'u2', name: 'Cita organizācija', email: 'lib-u2@example.lv', emailVerified: true }
	]);
	org = (await findWorkspaceOrganisation(h.db, 'pierigas-partneriba'))!.id;
	otherOrg = (await findWorkspaceOrganisation(h.db, 'latvijas-lauku-forums'))!.id;
});
afterAll(async () => h?.close());

const data = libraryForm;
const lecture = { kind: 'video', 'title.lv': 'Sociālā uzņēmējdarbība: 1. lekcija', 'summary.lv': 'Kas ir sociālais uzņēmums un kā tas pelna.', language: 'lv', status: 'published', url: 'https://youtu.be/dQw4w9WgXcQ', chapters: '0:00 Ievads\n12:30 Finansējums' };

describe('library items in the workspace', () => {
	it('staff add a video lecture with topics and chapters, then edit it: the slug and first publication date stay', async () => {
		const topics = await listTopics(h.db);
		expect(topics.length).toBeGreaterThanOrEqual(10);
		const created = await saveLibraryItem(h.db, { actorUserId: 'u1', organisationId: org, itemId: null, file: null, data: data({ ...lecture, topics: [String(topics[0].id), String(topics[1].id)] }) });
		expect(created).toMatchObject({ ok: true, slug: 'sociala-uznemejdarbiba-1-lekcija' });
		if (!created.ok) return;
		const first = (await findLibraryItem(h.db, created.id))!;
		expect(first.chapters).toEqual([{ at: 0, title: 'Ievads' }, { at: 750, title: 'Finansējums' }]);
		expect(await topicIdsOf(h.db, created.id)).toEqual([topics[0].id, topics[1].id].sort((a, b) => a - b));

		const edited = await saveLibraryItem(h.db, { actorUserId: 'u1', organisationId: org, itemId: created.id, file: null, data: data({ ...lecture, 'title.lv': 'Sociālā uzņēmējdarbība: ievadlekcija', durationMinutes: '48' }) }, new Date(Date.now() + 60_000));
		expect(edited).toMatchObject({ ok: true, slug: 'sociala-uznemejdarbiba-1-lekcija' });
		const second = (await findLibraryItem(h.db, created.id))!;
		expect(second).toMatchObject({ durationMinutes: 48, title: { lv: 'Sociālā uzņēmējdarbība: ievadlekcija' } });
		expect(second.publishedAt).toEqual(first.publishedAt);
		expect(await topicIdsOf(h.db, created.id)).toEqual([]);
		const audit = await h.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, created.id));
		expect(audit.map((a) => a.action).sort()).toEqual(['library.create', 'library.update']);
	});

	it("another organisation's project, and an item of another organisation, are refused", async () => {
		const [foreign] = await h.db.select({ id: projects.id }).from(projects).where(eq(projects.organisationId, otherOrg)).limit(1);
		expect(foreign).toBeDefined();
		{
			const r = await saveLibraryItem(h.db, { actorUserId: 'u1', organisationId: org, itemId: null, file: null, data: data({ ...lecture, projectId: foreign.id }) });
			expect(r).toEqual({ ok: false, reason: 'invalid', errors: { projectId: 'invalid' } });
		}
		const mine = await saveLibraryItem(h.db, { actorUserId: 'u1', organisationId: org, itemId: null, file: null, data: data(lecture) });
		if (!mine.ok) throw new Error('not saved');
		expect(await saveLibraryItem(h.db, { actorUserId: 'u2', organisationId: otherOrg, itemId: mine.id, file: null, data: data(lecture) })).toEqual({ ok: false, reason: 'not_found' });
		expect(await removeLibraryItem(h.db, { actorUserId: 'u2', organisationId: otherOrg, itemId: mine.id })).toBe(false);
	});

	it('a handbook needs its PDF; the PDF is kept with the item and its first page is queued for drawing', async () => {
		const handbook = { ...lecture, kind: 'handbook', url: '', chapters: '', 'title.lv': 'Rokasgrāmata sociālajiem uzņēmējiem', pages: '64' };
		expect(await saveLibraryItem(h.db, { actorUserId: 'u1', organisationId: org, itemId: null, file: null, data: data(handbook) })).toEqual({ ok: false, reason: 'invalid', errors: { file: 'required' } });
		const notPdf = { fileName: 'rokasgramata.pdf', bytes: new TextEncoder().encode('<html>not a pdf</html>') };
		expect(await saveLibraryItem(h.db, { actorUserId: 'u1', organisationId: org, itemId: null, file: notPdf, data: data(handbook) })).toEqual({ ok: false, reason: 'invalid', errors: { file: 'file_type' } });

		const saved = await saveLibraryItem(h.db, { actorUserId: 'u1', organisationId: org, itemId: null, file: { fileName: 'rokasgramata.pdf', bytes: pdfOf(['Sociala uznemejdarbiba', 'Rokasgramata']) }, data: data(handbook) });
		if (!saved.ok) throw new Error(JSON.stringify(saved));
		expect(await fileInfo(h.db, saved.id)).toMatchObject({ fileName: 'rokasgramata.pdf', mediaType: 'application/pdf', hasThumbnail: false });
		const queued = await h.db.select({ payload: jobs.payload }).from(jobs).where(eq(jobs.kind, LIBRARY_THUMBNAIL_JOB));
		expect(queued.map((j) => (j.payload as { itemId: string }).itemId)).toContain(saved.id);
		// editing without a new upload keeps the file
		expect(await saveLibraryItem(h.db, { actorUserId: 'u1', organisationId: org, itemId: saved.id, file: null, data: data({ ...handbook, pages: '66' }) })).toMatchObject({ ok: true });

		// the job draws the first page as a WebP cover; a job for a file since replaced draws nothing
		const first = (await fileInfo(h.db, saved.id))!.sha256;
		await saveLibraryItem(h.db, { actorUserId: 'u1', organisationId: org, itemId: saved.id, file: { fileName: 'v2.pdf', bytes: pdfOf(['Otrais izdevums']) }, data: data(handbook) });
		expect(await drawLibraryThumbnail(h.db, { itemId: saved.id, sha256: first })).toBe('replaced');
		expect(await fileInfo(h.db, saved.id)).toMatchObject({ fileName: 'v2.pdf', hasThumbnail: false });
		const current = (await fileInfo(h.db, saved.id))!.sha256;
		expect(await drawLibraryThumbnail(h.db, { itemId: saved.id, sha256: current })).toBe('drawn');
		expect(await fileInfo(h.db, saved.id)).toMatchObject({ hasThumbnail: true });
		const [cover] = await h.db.select({ bytes: libraryFiles.thumbnail, width: libraryFiles.thumbnailWidth, height: libraryFiles.thumbnailHeight }).from(libraryFiles).where(eq(libraryFiles.itemId, saved.id));
		expect([cover.width, cover.height]).toEqual([COVER_WIDTH, Math.round((COVER_WIDTH * 792) / 612)]);
		expect(new TextDecoder().decode(cover.bytes!.subarray(8, 12))).toBe('WEBP');
		// not a blank page: the text drew dark pixels (Node 20 needs the buffer polyfill for that)
		const { data: pixels } = await sharp(Buffer.from(cover.bytes!)).greyscale().raw().toBuffer({ resolveWithObject: true });
		expect(pixels.reduce((darkest, p) => Math.min(darkest, p), 255)).toBeLessThan(100);
	});

	it('uses add up per month in one row; removing the item removes its counts', async () => {
		const item = await saveLibraryItem(h.db, { actorUserId: 'u1', organisationId: org, itemId: null, file: null, data: data({ ...lecture, 'title.lv': 'Virtuālā ekskursija' }) });
		if (!item.ok) throw new Error('not saved');
		await Promise.all([addUse(h.db, item.id, 'view', '2026-11-01'), addUse(h.db, item.id, 'view', '2026-11-01'), addUse(h.db, item.id, 'download', '2026-11-01'), addUse(h.db, item.id, 'view', '2026-12-01')]);
		expect(await usageOf(h.db, item.id)).toEqual([
			{ month: '2026-12-01', views: 1, downloads: 0 },
			{ month: '2026-11-01', views: 2, downloads: 1 }
		]);
		expect(await removeLibraryItem(h.db, { actorUserId: 'u1', organisationId: org, itemId: item.id })).toBe(true);
		expect(await usageOf(h.db, item.id)).toEqual([]);
		expect(await h.db.select().from(libraryItems).where(and(eq(libraryItems.id, item.id)))).toEqual([]);
	});

	it('the workspace shows the library card: latest materials with their kind and status, and "add" for staff', async () => {
		const organisation = (await findWorkspaceOrganisation(h.db, 'pierigas-partneriba'))!;
		const editor = { userId: 'u1', email: 'lib-u1@example.lv', emailVerified: true, roles: ['member' as const], producerIds: [], territoryIds: [], memberships: [{ organisationId: org, slug: organisation.slug, role: 'editor' as const }] };
		const sections = await workspaceOverview(h.db, organisation, editor, 'lv');
		const library = sections.find((s) => s.id === 'library');
		expect(library?.title).toBe('Mācību bibliotēka');
		expect(library?.items[0]).toMatchObject({ meta: expect.stringMatching(/^(Video lekcija|Rokasgrāmata) · (publicēts|melnraksts)$/) });
		expect(library?.actions.map((a) => a.label)).toEqual(['Pievienot materiālu']);
		const other = { ...editor, memberships: [{ organisationId: otherOrg, slug: 'latvijas-lauku-forums', role: 'editor' as const }] };
		const otherLibrary = (await workspaceOverview(h.db, (await findWorkspaceOrganisation(h.db, 'latvijas-lauku-forums'))!, other, 'lv')).find((s) => s.id === 'library');
		expect(otherLibrary).toMatchObject({ count: 0, empty: expect.stringContaining('Bibliotēkā vēl nav materiālu') });
	});
});
