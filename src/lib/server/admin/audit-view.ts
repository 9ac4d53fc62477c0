/**
 * The audit log in words: each entry's object by its name (a link where it has a page), and its
 * details as labelled values — revisions as links, people by e-mail, territories and organisations
 * by name, field names in the reader's language. Ids are looked up, never shown.
 */
import { inArray } from 'drizzle-orm';
import { localized } from '$lib/domain/localized';
import type { LocalizedText } from '$lib/domain/types';
import { imports, organisations, places, producers, products, salesPoints, territories, user } from '$lib/server/db/schema';
import type { Db } from '$lib/server/db/types';
import type { AuditRow } from '$lib/server/audit/audit-repository';

/** A detail the page renders: `label` is a key for audit_detail_* (or a field/source code), values already in words. */
export type AuditDetail =
	| { kind: 'text'; label: string; value: string }
	| { kind: 'fields'; label: 'fields'; fields: string[] }
	| { kind: 'source'; label: 'source'; source: string }
	| { kind: 'flag'; label: string }
	| { kind: 'role'; label: 'role'; role: string }
	| { kind: 'report_reason'; label: 'reason'; reason: string }
	| { kind: 'import_status'; label: 'as_status'; status: string }
	| { kind: 'link'; label: string; value: string; href: string };

export type AuditEntryView = {
	id: number;
	at: string;
	actorEmail: string | null;
	action: string;
	entityType: string;
	/** The object by name; null name = it no longer exists. */
	entity: { name: string | null; href: string | null } | null;
	details: AuditDetail[];
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PUBLIC_PATH: Record<string, string> = { producer: 'razotaji', sales_point: 'tirdzniecibas-vietas', place: 'vietas', organisation: 'organizacijas' };

type Named = { name: string; slug: string | null; extra?: string };

async function namesOf(db: Db, ids: Record<string, Set<string>>, numbers: Set<number>, locale: string) {
	const list = (k: string) => [...(ids[k] ?? [])].filter((id) => UUID.test(id));
	const by = new Map<string, Named>();
	const load = async <T extends { id: string }>(k: string, q: (ids: string[]) => Promise<T[]>, named: (r: T) => Named) => {
		const wanted = list(k);
		if (wanted.length) for (const r of await q(wanted)) by.set(`${k}:${r.id}`, named(r));
	};
	await Promise.all([
		load('producer', (x) => db.select({ id: producers.id, name: producers.name, slug: producers.slug }).from(producers).where(inArray(producers.id, x)), (r) => r),
		load('sales_point', (x) => db.select({ id: salesPoints.id, name: salesPoints.name, slug: salesPoints.slug }).from(salesPoints).where(inArray(salesPoints.id, x)), (r) => r),
		load('place', (x) => db.select({ id: places.id, name: places.name, slug: places.slug }).from(places).where(inArray(places.id, x)), (r) => r),
		load('organisation', (x) => db.select({ id: organisations.id, name: organisations.name, slug: organisations.slug }).from(organisations).where(inArray(organisations.id, x)), (r) => r),
		load('product', (x) => db.select({ id: products.id, name: products.name }).from(products).where(inArray(products.id, x)), (r) => ({ name: localized(r.name as LocalizedText, locale), slug: null })),
		load('import', (x) => db.select({ id: imports.id, name: imports.fileName }).from(imports).where(inArray(imports.id, x)), (r) => ({ name: r.name, slug: null }))
	]);
	const users = [...(ids.user ?? [])];
	if (users.length) for (const u of await db.select({ id: user.id, email: user.email }).from(user).where(inArray(user.id, users))) by.set(`user:${u.id}`, { name: u.email, slug: null });
	const territoryNames = new Map<number, string>();
	if (numbers.size) for (const t of await db.select({ id: territories.id, name: territories.name }).from(territories).where(inArray(territories.id, [...numbers]))) territoryNames.set(t.id, localized(t.name, locale));
	return { by, territoryNames };
}

/** Resolves the rows of one page of the log (a handful of queries, whatever the page holds). */
export async function auditEntriesInWords(db: Db, rows: readonly AuditRow[], locale: string): Promise<AuditEntryView[]> {
	const ids: Record<string, Set<string>> = {};
	const want = (kind: string, id: unknown) => typeof id === 'string' && id && (ids[kind] ??= new Set()).add(id);
	const numbers = new Set<number>();
	for (const r of rows) {
		want(r.entityType, r.entityId);
		const d = r.details ?? {};
		want('producer', d.producerId);
		want('sales_point', d.salesPointId);
		want('organisation', d.organisationId);
		want('user', d.claimant);
		for (const k of ['before', 'after']) if (Array.isArray(d[k])) for (const n of d[k] as unknown[]) if (typeof n === 'number') numbers.add(n);
	}
	const { by, territoryNames } = await namesOf(db, ids, numbers, locale);
	const nameOf = (kind: string, id: unknown) => (typeof id === 'string' ? (by.get(`${kind}:${id}`) ?? null) : null);
	const pageOf = (kind: string, n: Named | null, id?: string | null) =>
		kind === 'user' && n && id ? `/${locale}/admin/lietotaji/${id}` : n?.slug && PUBLIC_PATH[kind] ? `/${locale}/${PUBLIC_PATH[kind]}/${n.slug}` : null;

	return rows.map((r) => {
		const d = r.details ?? {};
		const details: AuditDetail[] = [];
		const text = (label: string, value: unknown) => {
			if (typeof value === 'string' && value && !UUID.test(value)) details.push({ kind: 'text', label, value });
			else if (typeof value === 'number') details.push({ kind: 'text', label, value: String(value) });
		};
		if (typeof d.revisionId === 'string') details.push({ kind: 'link', label: 'revision', value: 'revision_open', href: `/${locale}/moderacija/labojumi/${d.revisionId}` });
		if (Array.isArray(d.fields)) details.push({ kind: 'fields', label: 'fields', fields: d.fields.map(String) });
		if (typeof d.source === 'string') details.push({ kind: 'source', label: 'source', source: d.source });
		// coded values get words on the page; a claim's reason is a moderator's own text
		if (r.action.startsWith('report.') && typeof d.reason === 'string') details.push({ kind: 'report_reason', label: 'reason', reason: d.reason });
		if (typeof d.asStatus === 'string') details.push({ kind: 'import_status', label: 'as_status', status: d.asStatus });
		if (typeof d.role === 'string') details.push({ kind: 'role', label: 'role', role: d.role });
		if (d.isNew === true) details.push({ kind: 'flag', label: 'new_listing' });
		if (d.joined === true) details.push({ kind: 'flag', label: 'joined' });
		if (d.archived === true) details.push({ kind: 'flag', label: 'archived' });
		if (!r.action.startsWith('report.')) text('reason', d.reason);
		for (const [key, label] of [['message', 'message'], ['note', 'note'], ['fileName', 'file'], ['alt', 'alt'], ['created', 'created'], ['updated', 'updated'], ['skipped', 'skipped']] as const) text(label, d[key]);
		if (typeof d.bytes === 'number') text('size', `${Math.max(1, Math.round(d.bytes / 1024))} kB`);
		for (const [key, kind, label] of [['producerId', 'producer', 'producer'], ['salesPointId', 'sales_point', 'sales_point'], ['organisationId', 'organisation', 'organisation'], ['claimant', 'user', 'claimant']] as const) {
			const n = nameOf(kind, d[key]);
			if (n) {
				const href = pageOf(kind, n, d[key] as string);
				details.push(href ? { kind: 'link', label, value: n.name, href } : { kind: 'text', label, value: n.name });
			}
		}
		for (const [key, label] of [['before', 'territories_before'], ['after', 'territories_after']] as const) {
			if (Array.isArray(d[key])) text(label, (d[key] as number[]).map((n) => territoryNames.get(n) ?? '?').join(', ') || '—');
		}
		const entity = r.entityId ? nameOf(r.entityType, r.entityId) : null;
		return {
			id: r.id,
			at: new Date(r.at).toISOString(),
			actorEmail: r.actorEmail,
			action: r.action,
			entityType: r.entityType,
			entity: r.entityId ? { name: entity?.name ?? null, href: pageOf(r.entityType, entity, r.entityId) } : null,
			details
		};
	});
}
