/**
 * Migration 0017 turns the weekly intervals stored before it into OpenStreetMap opening_hours text:
 * a database migrated up to 0012 with hours in the old shape, then migrated to the end.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { DbHandle } from './client';
import { migrationsFolder } from './migrate';
import { openBlankTestDb } from './test-db';
import { checkOpeningHours, isOpenAt } from '$lib/domain/opening-hours';

const BEFORE = '0012_search_document_location';
let h: DbHandle;
const folder = join(process.cwd(), '.tmp', `migrations-before-hours-${process.pid}`);

async function migrateFrom(dir: string) {
	if (h.kind === 'pglite') await migratePglite(h.db as unknown as PgliteDatabase, { migrationsFolder: dir });
	else await migratePg(h.db as unknown as NodePgDatabase, { migrationsFolder: dir });
}
const rows = async <T>(query: ReturnType<typeof sql>) => ((await h.db.execute(query)) as unknown as { rows: T[] }).rows;

beforeAll(async () => {
	// the migrations as they were before opening_hours text
	const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8'));
	const upTo = journal.entries.findIndex((e: { tag: string }) => e.tag === BEFORE);
	rmSync(folder, { recursive: true, force: true });
	mkdirSync(join(folder, 'meta'), { recursive: true });
	for (const e of journal.entries.slice(0, upTo + 1)) cpSync(join(migrationsFolder, `${e.tag}.sql`), join(folder, `${e.tag}.sql`));
	writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries: journal.entries.slice(0, upTo + 1) }));
	h = await openBlankTestDb();
	await migrateFrom(folder);

	const [municipality] = await rows<{ id: number }>(sql`select id from territories where kind = 'municipality' limit 1`);
	const hours = (list: unknown) => sql`${JSON.stringify(list)}::jsonb`;
	const week = [1, 2, 3, 4, 5].map((day) => ({ day, opens: '9:00', closes: '18:00' }));
	await h.db.execute(sql`insert into sales_points (slug, name, kind, municipality_id, opening_hours, sort_key, search_text) values
		('shop', 'Shop', 'shop', ${municipality.id}, ${hours([...week, { day: 6, opens: '10:00', closes: '14:00' }])}, 'shop', 'shop'),
		('lunch', 'Lunch', 'farm_gate', ${municipality.id}, ${hours([{ day: 1, opens: '08:00', closes: '11:00' }, { day: 1, opens: '17:00', closes: '20:00' }, { day: 3, opens: '08:00', closes: '11:00' }])}, 'lunch', 'lunch'),
		('night', 'Night', 'market', ${municipality.id}, ${hours([{ day: 5, opens: '20:00', closes: '02:00' }, { day: 7, opens: '18:00', closes: '00:00' }])}, 'night', 'night'),
		('none', 'None', 'e_shop', ${municipality.id}, '[]'::jsonb, 'none', 'none')`);
	await h.db.execute(sql`insert into revisions (entity_type, entity_id, base_version, proposed, changed_fields, is_new, source, status, author_locale)
		values ('sales_point', gen_random_uuid(), 1, ${JSON.stringify({ openingHours: [{ day: 6, opens: '08:00', closes: '13:00' }], name: 'X' })}::jsonb, '{openingHours,name}', false, 'owner', 'pending', 'lv')`);
	await migrateFrom(migrationsFolder);
});
afterAll(async () => {
	await h?.close();
	rmSync(folder, { recursive: true, force: true });
});

describe('migration 0017: opening hours as opening_hours text', () => {
	it('writes each week the way the editor does, grouped, with runs as spans', async () => {
		const stored = await rows<{ slug: string; opening_hours: string }>(sql`select slug, opening_hours from sales_points order by slug`);
		expect(Object.fromEntries(stored.map((r) => [r.slug, r.opening_hours]))).toEqual({
			lunch: 'Mo 08:00-11:00,17:00-20:00; We 08:00-11:00',
			night: 'Fr 20:00-02:00; Su 18:00-24:00',
			none: '',
			shop: 'Mo-Fr 09:00-18:00; Sa 10:00-14:00'
		});
		for (const r of stored) if (r.opening_hours) expect(checkOpeningHours(r.opening_hours).ok).toBe(true);
		// Friday night past midnight is still open (Saturday 01:00 Riga)
		expect(isOpenAt([stored.find((r) => r.slug === 'night')!.opening_hours], new Date('2026-11-27T23:00:00Z'))).toBe(true);
	});
	it('converts waiting proposals too, so they still apply', async () => {
		const [rev] = await rows<{ proposed: { openingHours: string; name: string } }>(sql`select proposed from revisions`);
		expect(rev.proposed).toEqual({ openingHours: 'Sa 08:00-13:00', name: 'X' });
	});
	it('gives the search results their hours instead of weekly minute ranges', async () => {
		const columns = await rows<{ column_name: string }>(sql`select column_name from information_schema.columns where table_name = 'search_results' and column_name in ('open_week', 'hours')`);
		expect(columns.map((c) => c.column_name)).toEqual(['hours']);
	});
});
