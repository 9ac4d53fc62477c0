/**
 * The regional-insight demo (issue 20), loaded by seedDemo after the demo accounts: generated
 * unmet searches for the last months (demo-searches.ts) rolled up at once, Lielupe's marks and
 * its public summary, and Drošā māja's HERE interviews with a needs taxonomy and two coders
 * (demo-interviews.ts). Re-runnable: demo rows and the fixed ids go first. Relative imports.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { demandMarks, demandPublications, interviewCodings, interviews, needCodes, organisations, searchMisses, territories, user } from '../db/schema';
import type { Db } from '../db/types';
import { rigaMoment } from '../../domain/riga-time';
import { latvianSortKey } from '../../text/collation';
import { seedUuid } from '../seed/prng';
import { insertMisses, searchReference } from '../search';
import { DEMO_CODES, DEMO_INTERVIEWS } from './demo-interviews';
import { demoSearches } from './demo-searches';
import { needOf } from './need';
import { runRollup } from './rollup';
import { sentencesOf } from './sentences';

const FIRST_CODER = 'demo-drosamaja';
const SECOND_CODER = 'demo-drosamaja-analitike';

export async function seedInsightDemo(db: Db, now = new Date()): Promise<{ searches: number; interviews: number; codings: number }> {
	const municipalities = new Map(
		(await db.select({ id: territories.id, slug: territories.slug }).from(territories).where(and(eq(territories.kind, 'municipality'), eq(territories.countryCode, 'LV')))).map((t) => [t.slug, t.id])
	);
	const ref = await searchReference(db);
	const rows = demoSearches(rigaMoment(now).date, municipalities, ref.categoryIndex);
	const unknown = rows.find((r) => r.municipalityId === null);
	if (unknown) throw new Error(`Insight demo names a municipality that migration 0001 does not have: ${JSON.stringify(unknown.filters)}`);
	await db.delete(searchMisses).where(eq(searchMisses.isDemo, true));
	await insertMisses(db, rows.map((r) => ({ ...r, dedupeKey: null })));
	await runRollup(db, now);

	const orgId = async (slug: string) => (await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, slug)))[0]?.id;
	const lielupe = await orgId('lauku-partneriba-lielupe');
	if (lielupe) {
		await db.insert(demandPublications).values({ organisationId: lielupe }).onConflictDoNothing();
		const marks = [
			{ typed: 'kazas siers', status: 'addressed' as const, note: 'LEADER 2026. gada kārtā atbalstām kazu saimniecības siera ražotni Ozolnieku pagastā.' },
			{ typed: 'mājas vīns', status: 'known' as const, note: 'Apspriest ar Tērvetes un Dobeles vīndariem.' }
		];
		for (const mk of marks) {
			const values = { organisationId: lielupe, needKey: needOf([mk.typed]).key, status: mk.status, note: mk.note };
			await db.insert(demandMarks).values(values).onConflictDoUpdate({ target: [demandMarks.organisationId, demandMarks.needKey], set: { status: values.status, note: values.note } });
		}
	}

	const drosamaja = await orgId('patverums-drosa-maja');
	const coders = (await db.select({ id: user.id }).from(user).where(inArray(user.id, [FIRST_CODER, SECOND_CODER]))).map((u) => u.id);
	if (!drosamaja || coders.length < 2) return { searches: rows.length, interviews: 0, codings: 0 };
	const codeId = (key: string) => seedUuid(`insight-code:${key}`);
	await db.delete(interviews).where(and(eq(interviews.organisationId, drosamaja), eq(interviews.isDemo, true)));
	await db.delete(needCodes).where(inArray(needCodes.id, DEMO_CODES.map((c) => codeId(c.key))));
	for (const c of DEMO_CODES) {
		await db.insert(needCodes).values({ id: codeId(c.key), organisationId: drosamaja, parentId: c.parent ? codeId(c.parent) : null, name: c.name, description: c.description ?? '', sortKey: latvianSortKey(c.name) });
	}
	let codings = 0;
	for (const i of DEMO_INTERVIEWS) {
		const id = seedUuid(`insight-interview:${i.key}`);
		await db.insert(interviews).values({
			id, organisationId: drosamaja, reference: i.reference, respondentType: i.respondentType, municipalityId: municipalities.get(i.municipality) ?? null,
			heldOn: i.heldOn, consent: i.consent, text: i.text, textStatus: 'ready', isDemo: true, createdBy: FIRST_CODER
		});
		const sentences = sentencesOf(i.text);
		const tagged = (coder: string, bySentence: Record<number, string[]>) =>
			Object.entries(bySentence).flatMap(([index, keys]) => keys.map((k) => ({ interviewId: id, codeId: codeId(k), coderId: coder, startOffset: sentences[Number(index)].start, endOffset: sentences[Number(index)].end })));
		const values = [...tagged(FIRST_CODER, i.codes), ...(i.second ? tagged(SECOND_CODER, i.second) : [])];
		await db.insert(interviewCodings).values(values);
		codings += values.length;
	}
	return { searches: rows.length, interviews: DEMO_INTERVIEWS.length, codings };
}
