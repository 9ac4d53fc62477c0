/** Issue 12 (admin): the audit log in words — names, e-mails and links, never raw ids or JSON. */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '$lib/server/db/client';
import { producers, products, user } from '$lib/server/db/schema';
import { listAudit, recordAudit } from '$lib/server/audit/audit-repository';
import { openFixtureDb } from '$lib/server/producers/test-db';
import { slugOf, T } from '$lib/server/producers/test-fixtures';
import { auditEntriesInWords } from './audit-view';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

let h: DbHandle;
let producerId: string;
let productId: string;
beforeAll(async () => {
	h = await openFixtureDb();
	await h.db.insert(user).values([
		{ id: 'audit-admin', name: 'Admin', email: 'admin-audit@example.lv', emailVerified: true },
		{ id: 'audit-owner', name: 'Owner', email: 'owner-audit@example.lv', emailVerified: true }
	]);
	[{ id: producerId }] = await h.db.select({ id: producers.id }).from(producers).where(eq(producers.slug, slugOf('Bišu māja')));
	[{ id: productId }] = await h.db.select({ id: products.id }).from(products).where(eq(products.producerId, producerId));
});
afterAll(async () => h?.close());

async function entries() {
	const { rows } = await listAudit(h.db, {}, { limit: 50, offset: 0 });
	return auditEntriesInWords(h.db, rows, 'lv');
}

describe('audit log in words', () => {
	it('names the object, links its page and the change, and shows no ids', async () => {
		const revisionId = randomUUID();
		await recordAudit(h.db, { actorUserId: 'audit-owner', action: 'moderation.submit', entityType: 'producer', entityId: producerId, details: { revisionId, source: 'owner', fields: ['description', 'phone'], joined: true } });
		await recordAudit(h.db, { actorUserId: 'audit-owner', action: 'image.upload', entityType: 'product', entityId: productId, details: { imageId: randomUUID(), alt: 'Medus burka', producerId } });
		await recordAudit(h.db, { actorUserId: 'audit-admin', action: 'user.role_grant', entityType: 'user', entityId: 'audit-owner', details: { role: 'moderator', organisationId: null } });
		await recordAudit(h.db, { actorUserId: 'audit-admin', action: 'claim.approve', entityType: 'producer', entityId: producerId, details: { claimId: randomUUID(), claimant: 'audit-owner' } });
		await recordAudit(h.db, { actorUserId: 'audit-admin', action: 'report.dismiss', entityType: 'producer', entityId: producerId, details: { reportId: randomUUID(), reason: 'closed', note: 'Atvērts', archived: false } });
		await recordAudit(h.db, { actorUserId: 'audit-admin', action: 'organisation.territories_set', entityType: 'organisation', entityId: randomUUID(), details: { slug: 'x', before: [T.abelu], after: [T.abelu, T.kalnu] } });

		const all = await entries();
		const entry = (action: string) => all.find((e) => e.action === action)!;
		const [territories, claim, report, role, photo, submit] = ['organisation.territories_set', 'claim.approve', 'report.dismiss', 'user.role_grant', 'image.upload', 'moderation.submit'].map(entry);
		const producerLink = { name: 'Bišu māja', href: `/lv/razotaji/${slugOf('Bišu māja')}` };

		expect(submit).toMatchObject({ actorEmail: 'owner-audit@example.lv', action: 'moderation.submit', entity: producerLink });
		expect(submit.details).toEqual([
			{ kind: 'link', label: 'revision', value: 'revision_open', href: `/lv/moderacija/labojumi/${revisionId}` },
			{ kind: 'fields', label: 'fields', fields: ['description', 'phone'] },
			{ kind: 'source', label: 'source', source: 'owner' },
			{ kind: 'flag', label: 'joined' }
		]);
		expect(photo.entity?.name).toBeTruthy();
		expect(photo.details).toEqual([
			{ kind: 'text', label: 'alt', value: 'Medus burka' },
			{ kind: 'link', label: 'producer', value: 'Bišu māja', href: producerLink.href }
		]);
		expect(role.entity).toEqual({ name: 'owner-audit@example.lv', href: '/lv/admin/lietotaji/audit-owner' });
		expect(role.details).toEqual([{ kind: 'role', label: 'role', role: 'moderator' }]);
		expect(claim.details).toEqual([{ kind: 'link', label: 'claimant', value: 'owner-audit@example.lv', href: '/lv/admin/lietotaji/audit-owner' }]);
		expect(report.details).toEqual([
			{ kind: 'report_reason', label: 'reason', reason: 'closed' },
			{ kind: 'text', label: 'note', value: 'Atvērts' }
		]);
		// an organisation deleted since: said so, not shown as its id
		expect(territories.entity).toEqual({ name: null, href: null });
		expect(territories.details.map((d) => d.label)).toEqual(['territories_before', 'territories_after']);
		expect(JSON.stringify(territories.details)).not.toMatch(/99001/);

		// what a reader sees (names and values, not link targets) holds no id
		const shown = all.flatMap((e) => [e.entity?.name, ...e.details.map((d) => ('value' in d ? d.value : ''))]);
		expect(shown.join(' ')).not.toMatch(UUID);
	});
});
