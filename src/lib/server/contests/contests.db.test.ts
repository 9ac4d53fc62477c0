import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { entryListHash, parseEntryList } from '$lib/domain/contest/entry-list';
import { verifyDraw } from '$lib/domain/contest/verify';
import { openTestDb } from '../db/test-db';
import type { DbHandle } from '../db/client';
import { contestEntries, jobs, participations, people, territories, user } from '../db/schema';
import { authSecret } from '../auth/secret';
import { loadPrincipal } from '../auth/principal';
import { confirmByToken } from '../people/confirmation';
import { mailsTo } from '../events/test-fixtures';
import { personReferences } from '../people/references';
import { findWorkspaceOrganisation } from '../workspace/organisations-lookup';
import type { ContestForm } from './contest-input';
import { findContest } from './contests-repository';
import { consentTarget, giveConsent } from './consent-flow';
import { enterBeacon, freezeContest, publishContest, revealSecret, setWinnerAside } from './draw-flow';
import { enterContest, type EnterInput } from './enter-flow';
import { saveContest } from './manage-flow';
import { contestAudit, drawFile, publicContest } from './queries';
import { consentToken } from './tokens';
import { municipalityChoices, municipalityIds, parseEntryForm } from './public-input';
import './jobs';

// quicknet round 1000 (2023-08-23 15:59:24 UTC): a contest closing ten minutes and a little before it announces it
const BEACON = { randomness: 'fe290beca10872ef2fb164d2aa4442de4566183ec51c56ff3cd603d930e54fdd', signature: 'b44679b9a59af2ec876b1a6b1ad52ea9b1615fc3982b19576350f93447cb1125e342b73a8dd2bacbe47e4b6b63ed5e39' };
const CLOSES = new Date(1692805762_000);
const OPENS = new Date(CLOSES.getTime() - 7 * 86_400_000);
const DURING = new Date(CLOSES.getTime() - 86_400_000);
const AFTER = new Date(CLOSES.getTime() + 60_000);

let h: DbHandle;
let org: string;
beforeAll(async () => {
	h = await openTestDb({ seed: true });
	org = (await findWorkspaceOrganisation(h.db, 'pierigas-partneriba'))!.id;
	await h.db.insert(user).values([{ id: 'ct-ilze', name: 'Ilze', email: 'ilze.konkurss@example.lv', emailVerified: true }]);
});
afterAll(async () => h?.close());

const form = (x: Partial<ContestForm> = {}): ContestForm => ({
	title: { lv: 'Rudens groza konkurss' },
	rules: { lv: 'Izlozē trīs grozus.' },
	opensAt: OPENS,
	closesAt: CLOSES,
	winners: 2,
	eligibility: 'email',
	minEvents: null,
	eligibilityProjectId: null,
	question: null,
	projectId: null,
	sourceKind: 'drand',
	prizes: [{ title: { lv: 'Medus grozs' }, producerSlug: null }],
	...x
});
const entrant = (slug: string, i: number, x: Partial<EnterInput> = {}): EnterInput => ({ slug, name: `Dalībnieks ${i}`, email: `dalibnieks${i}@example.lv`, locale: 'lv', answer: null, municipalityId: null, ...x });
const tokenIn = (text: string) => new URL(text.match(/https?:\/\/\S+/)![0]).searchParams.get('token')!;

async function newContest(x: Partial<ContestForm> = {}) {
	const saved = await saveContest(h.db, { actorUserId: null, organisationId: org, contestId: null, data: form(x) });
	if (!saved.ok) throw new Error(JSON.stringify(saved));
	return (await findContest(h.db, saved.id))!;
}

/** n confirmed entrants without accounts (each confirms by the mailed link). */
async function enterMany(slug: string, from: number, n: number, prefix: string) {
	for (let i = from; i < from + n; i++) {
		const email = `${prefix}${i}@example.lv`;
		expect(await enterContest(h.db, null, entrant(slug, i, { email }), DURING)).toEqual({ kind: 'check_mail' });
		const [mail] = await mailsTo(h.db, email);
		const confirmed = await confirmByToken(h.db, tokenIn(mail.text), DURING);
		expect(confirmed).toMatchObject({ ok: true, next: null, message: expect.stringMatching(/pieteikuma numurs ir e[a-z2-9]{11}/) });
	}
}

describe('a contest with a drand draw', () => {
	it('publishes the round, freezes the list at the close, verifies the beacon, derives and redraws', async () => {
		const c = await newContest();
		expect(await publishContest(h.db, null, c.id, DURING)).toEqual({ ok: true });
		const published = (await findContest(h.db, c.id))!;
		expect(published).toMatchObject({ drandChain: 'quicknet', drandRound: 1000, commitment: null });
		// the freeze job waits for the close
		const [job] = await h.db.select({ runAt: jobs.runAt }).from(jobs).where(eq(jobs.dedupeKey, `contest-freeze:${c.id}`));
		expect(job.runAt).toEqual(CLOSES);

		await enterMany(c.slug, 1, 6, 'dr');
		const principal = await loadPrincipal(h.db, { id: 'ct-ilze', email: 'ilze.konkurss@example.lv', emailVerified: true });
		const own = await enterContest(h.db, principal, entrant(c.slug, 99, { email: 'ilze.konkurss@example.lv' }), DURING);
		expect(own).toMatchObject({ kind: 'entered', publicId: expect.stringMatching(/^e[a-z2-9]{11}$/) });
		expect(await enterContest(h.db, principal, entrant(c.slug, 99, { email: 'ilze.konkurss@example.lv' }), DURING)).toEqual({ kind: 'duplicate' });
		// an entry whose link is used only after the close stays out of the list
		expect(await enterContest(h.db, null, entrant(c.slug, 50), DURING)).toEqual({ kind: 'check_mail' });
		const late = await confirmByToken(h.db, tokenIn((await mailsTo(h.db, 'dalibnieks50@example.lv'))[0].text), AFTER);
		expect(late).toMatchObject({ ok: true, message: expect.stringContaining('beigusies') });
		expect(await enterContest(h.db, null, entrant(c.slug, 51), AFTER)).toEqual({ kind: 'closed' });

		const kinds = await h.db.select({ kind: participations.activityKind }).from(participations).where(eq(participations.activityId, c.id));
		expect(kinds).toHaveLength(7);
		expect(new Set(kinds.map((k) => k.kind))).toEqual(new Set(['contest']));

		expect(await enterBeacon(h.db, null, c.id, BEACON, AFTER)).toEqual({ ok: false, reason: 'not_frozen' });
		expect(await freezeContest(h.db, c.id, DURING)).toBe(false);
		expect(await freezeContest(h.db, c.id, AFTER)).toBe(true);
		expect(await freezeContest(h.db, c.id, AFTER)).toBe(false);
		const frozen = (await findContest(h.db, c.id))!;
		const ids = parseEntryList(frozen.frozenList!);
		expect(ids).toHaveLength(7);
		expect(frozen.listHash).toBe(entryListHash(ids));

		expect(await enterBeacon(h.db, null, c.id, { ...BEACON, randomness: 'ff' + BEACON.randomness.slice(2) }, AFTER)).toEqual({ ok: false, reason: 'invalid_beacon' });
		expect(await enterBeacon(h.db, null, c.id, BEACON, AFTER)).toEqual({ ok: true });
		expect(await enterBeacon(h.db, null, c.id, BEACON, AFTER)).toEqual({ ok: false, reason: 'drawn' });
		const drawn = (await findContest(h.db, c.id))!;
		const check = await verifyDraw(drawn.frozenList!, drawFile(drawn)!);
		expect(check).toMatchObject({ ok: true, winners: drawn.drawOrder!.slice(0, 2) });

		// the first winner declines: the third in order moves up; a non-winner cannot be set aside
		const [first, second, third] = drawn.drawOrder!;
		expect(await setWinnerAside(h.db, null, c.id, third, 'declined', AFTER)).toEqual({ ok: false, reason: 'not_a_winner' });
		expect(await setWinnerAside(h.db, null, c.id, first, 'declined', AFTER)).toEqual({ ok: true, replacement: third });
		const view = (await publicContest(h.db, c.slug, 'lv', AFTER))!;
		expect(view.winners!.map((w) => w.publicId)).toEqual([second, third]);
		const audit = (await contestAudit(h.db, c.slug, 'lv', AFTER))!;
		expect(audit.log.map((l) => l.action)).toEqual(['published', 'frozen', 'beacon_refused', 'beacon_entered', 'derived', 'declined']);
		// the check made once when the value was entered is what the audit page shows
		expect(audit.check).toEqual({ ok: true, problems: [] });
		expect(audit.winners!.map((w) => w.publicId)).toEqual([second, third]);
		expect(audit.setAside).toEqual([{ publicId: first, decision: 'declined', position: 1 }]);
		// the winner set aside can no longer consent with their (valid) link; the one who moved up can
		const entryOf = async (publicId: string) => (await h.db.select({ id: contestEntries.id }).from(contestEntries).where(and(eq(contestEntries.contestId, c.id), eq(contestEntries.publicId, publicId))))[0].id;
		expect(await consentTarget(h.db, c.slug, consentToken(await entryOf(first), authSecret()))).toEqual({ ok: false });
		expect(await consentTarget(h.db, c.slug, consentToken(await entryOf(third), authSecret()))).toMatchObject({ ok: true, publicId: third });
		expect(audit.log.at(-1)).toMatchObject({ publicId: first, details: { replacedBy: third } });
		// the published files still verify after the redraw: the order never changes
		expect((await verifyDraw(drawn.frozenList!, drawFile((await findContest(h.db, c.id))!)!)).ok).toBe(true);
	});
});

describe('commit-reveal, consent and erasure', () => {
	it('reveals the committed secret, shows a name only after consent, and erasure keeps the list', async () => {
		const c = await newContest({ sourceKind: 'commit', winners: 1, title: { lv: 'Ziemas konkurss' } });
		await publishContest(h.db, null, c.id, DURING);
		const published = (await findContest(h.db, c.id))!;
		expect(published.commitment).toMatch(/^[0-9a-f]{64}$/);
		const [jelgava] = await h.db.select({ id: territories.id }).from(territories).where(and(eq(territories.kind, 'municipality'), eq(territories.slug, 'jelgavas-novads')));
		for (let i = 1; i <= 3; i++) {
			expect(await enterContest(h.db, null, entrant(c.slug, i, { email: `cr${i}@example.lv`, municipalityId: jelgava.id }), DURING)).toEqual({ kind: 'check_mail' });
			await confirmByToken(h.db, tokenIn((await mailsTo(h.db, `cr${i}@example.lv`))[0].text), DURING);
		}
		expect((await publicContest(h.db, c.slug, 'lv', AFTER))!.contest.frozenAt).toEqual(AFTER); // frozen on first access after the close
		expect((await contestAudit(h.db, c.slug, 'lv', AFTER))!.file).toBeNull();
		expect(await revealSecret(h.db, null, c.id, AFTER)).toEqual({ ok: true });
		const drawn = (await findContest(h.db, c.id))!;
		expect((await verifyDraw(drawn.frozenList!, drawFile(drawn)!)).ok).toBe(true);

		const winnerId = drawn.drawOrder![0];
		const [entry] = await h.db.select({ id: contestEntries.id, personId: contestEntries.personId }).from(contestEntries).where(and(eq(contestEntries.contestId, c.id), eq(contestEntries.publicId, winnerId)));
		const [winnerMail] = (await h.db.select({ email: people.email }).from(people).where(eq(people.id, entry.personId)));
		const mails = await mailsTo(h.db, winnerMail.email!);
		expect(mails.map((m) => m.subject)).toContain('Jūs esat uzvarējis konkursā „Ziemas konkurss”');

		let view = (await publicContest(h.db, c.slug, 'lv', AFTER))!;
		expect(view.winners![0]).toMatchObject({ publicId: winnerId, name: null, municipality: expect.stringContaining('Jelgav') });
		const token = consentToken(entry.id, authSecret());
		expect(await consentTarget(h.db, c.slug, token + 'x')).toEqual({ ok: false });
		expect(await consentTarget(h.db, 'no-such-contest', token)).toEqual({ ok: false });
		// a valid link of an alternate (not a winner) is refused
		const alternate = drawn.drawOrder![1];
		const [alt] = await h.db.select({ id: contestEntries.id }).from(contestEntries).where(and(eq(contestEntries.contestId, c.id), eq(contestEntries.publicId, alternate)));
		expect(await consentTarget(h.db, c.slug, consentToken(alt.id, authSecret()))).toEqual({ ok: false });
		expect(await consentTarget(h.db, c.slug, token)).toMatchObject({ ok: true, contestId: c.id, publicId: winnerId, consented: false });
		expect(await giveConsent(h.db, c.slug, token, AFTER)).toBe(true);
		view = (await publicContest(h.db, c.slug, 'lv', AFTER))!;
		expect(view.winners![0].name).toMatch(/^Dalībnieks \d$/);

		// anonymising the person clears the consent and municipality; the public id and the list hash stay
		for (const ref of personReferences()) await ref.anonymise(h.db, [entry.personId]);
		view = (await publicContest(h.db, c.slug, 'lv', AFTER))!;
		expect(view.winners![0]).toMatchObject({ publicId: winnerId, name: null, municipality: null });
		expect((await verifyDraw(drawn.frozenList!, drawFile((await findContest(h.db, c.id))!)!)).ok).toBe(true);
	});
});

describe('eligibility by attendance', () => {
	it('confirms an entry only for someone who attended at least N events of the project', async () => {
		// a seeded person who attended two or more events of one project
		const rows = await h.db
			.select({ personId: participations.personId, projectId: participations.projectId, attendance: participations.attendance, kind: participations.activityKind, email: people.email })
			.from(participations)
			.innerJoin(people, eq(people.id, participations.personId))
			.where(and(eq(participations.activityKind, 'event'), eq(participations.attendance, 'attended')));
		const counts = new Map<string, { n: number; email: string | null; projectId: string }>();
		for (const r of rows) {
			if (!r.projectId || !r.email) continue;
			const key = `${r.personId}|${r.projectId}`;
			counts.set(key, { n: (counts.get(key)?.n ?? 0) + 1, email: r.email, projectId: r.projectId });
		}
		const regular = [...counts.values()].find((c) => c.n >= 2)!;
		expect(regular).toBeTruthy();
		const c = await newContest({ eligibility: 'attendance', minEvents: 2, eligibilityProjectId: regular.projectId, title: { lv: 'Pastāvīgo apmeklētāju konkurss' } });
		await publishContest(h.db, null, c.id, DURING);
		for (const email of [regular.email!, 'jauns.cilveks@example.lv']) {
			expect(await enterContest(h.db, null, entrant(c.slug, 1, { email }), DURING)).toEqual({ kind: 'check_mail' });
			const mails = (await mailsTo(h.db, email)).filter((m) => m.subject.includes('Pastāvīgo apmeklētāju konkurss'));
			const result = await confirmByToken(h.db, tokenIn(mails[0].text), DURING);
			expect(result).toMatchObject({ ok: true, message: email === regular.email ? expect.stringContaining('pieteikuma numurs') : expect.stringContaining('nevar piedalīties') });
		}
		await freezeContest(h.db, c.id, AFTER);
		expect((await findContest(h.db, c.id))!.entryCount).toBe(1);
	});
});

describe('the entry form’s municipalities', () => {
	it('offers Latvia’s municipalities in Latvian order and then Moldova’s raioane and municipii, each accepted by the form', async () => {
		const groups = await municipalityChoices(h.db, 'ro');
		expect(groups.map((g) => g.label)).toEqual(['Letonia', 'Moldova']);
		const [lv, md] = groups;
		expect(lv.options.map((o) => o.name)).toContain('Jelgava');
		expect(md.options.length).toBeGreaterThan(30);
		expect(md.options.some((o) => /Chișinău/.test(o.name))).toBe(true);
		const ids = municipalityIds(groups);
		const entry = (municipalityId: number) => { const f = new FormData(); for (const [k, v] of Object.entries({ name: 'Ion', email: 'ion@example.md', consent: 'on', municipalityId: String(municipalityId) })) f.append(k, v); return f; };
		expect(parseEntryForm(entry(md.options[0].id), { municipalityIds: ids, needsAnswer: false })).toMatchObject({ ok: true, data: { municipalityId: md.options[0].id } });
		expect(parseEntryForm(entry(999_999), { municipalityIds: ids, needsAnswer: false })).toMatchObject({ ok: false, errors: { municipalityId: 'invalid' } });
	});
});

describe('the contest tables', () => {
	it('index the draw log in the order it is read (migration 0044) and keep the checks the schema declares', async () => {
		const rows = async (q: ReturnType<typeof sql>) => ((await h.db.execute(q)) as unknown as { rows: Record<string, string>[] }).rows;
		const [log] = await rows(sql`select indexdef from pg_indexes where indexname = 'contest_draw_log_contest_idx'`);
		expect(log.indexdef).toMatch(/\(contest_id, seq\)/);
		const checks = (await rows(sql`select conname from pg_constraint where contype = 'c' and conrelid in ('contests'::regclass, 'contest_entries'::regclass) order by conname`)).map((r) => r.conname);
		expect(checks).toEqual(['contest_entries_decision_check', 'contest_entries_photo_status_check', 'contests_eligibility_check', 'contests_source_check', 'contests_status_check', 'contests_winners_check']);
	});
});
