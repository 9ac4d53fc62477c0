/**
 * The outcome check-in answer from its e-mailed link: the form is read into an answer, the FTE of
 * the jobs computed by the CAP rule (domain/programme/fte.ts) and shown before saving ("preview"),
 * then saved on the check-in's own row — answering again replaces the answer.
 */
import { eq, and } from 'drizzle-orm';
import { z } from 'zod';
import { totalFte, type ReportedJob } from '$lib/domain/programme/fte';
import { foldText } from '$lib/text/fold';
import { producers } from '../db/schema';
import type { Db } from '../db/types';
import { findPublishedByName } from '../owner/owner-repository';
import { findCheckin, saveCheckinAnswer, type CheckinAnswer } from './checkins-repository';
import { readCheckinToken } from './tokens';

export const IDEA_STATUSES = ['idea', 'registering', 'operating', 'stopped'] as const;
export const TURNOVER_BANDS = ['none', 'lt10k', '10k_50k', '50k_200k', 'gt200k'] as const;
/** Rows the form offers at least (one more can be added each time "add a job" is pressed). */
export const MIN_JOB_ROWS = 1;
const MAX_JOB_ROWS = 30;

const yesNo = z.enum(['yes', 'no'], { message: 'required' }).transform((v) => v === 'yes');
const job = z.object({
	kind: z.enum(['employee', 'self_employed', 'volunteer'], { message: 'required' }),
	isNew: yesNo,
	share: z.coerce.number({ message: 'invalid' }).min(1, 'invalid').max(100, 'invalid'),
	months: z.coerce.number({ message: 'invalid' }).int('invalid').min(0, 'invalid').max(12, 'invalid')
});
const answerForm = z.object({
	ideaStatus: z.enum(IDEA_STATUSES, { message: 'required' }),
	companyRegistered: yesNo,
	registrationNumber: z.string().trim().max(40, 'too_long').optional(),
	socialEnterprise: yesNo,
	turnoverBand: z.enum(TURNOVER_BANDS).optional(),
	producerId: z.preprocess((v) => (v === '' ? undefined : v), z.uuid().optional())
});

export type JobRow = { kind: string; isNew: string; share: string; months: string };
export type CheckinForm = Record<string, string> & {};

/** The job rows as typed (empty rows dropped when read), so the page can show them again. */
export function jobRowsOf(form: FormData): JobRow[] {
	const rows: JobRow[] = [];
	for (let i = 0; i < MAX_JOB_ROWS && form.has(`jobs.${i}.kind`); i++) {
		const get = (f: string) => String(form.get(`jobs.${i}.${f}`) ?? '');
		rows.push({ kind: get('kind'), isNew: get('isNew'), share: get('share'), months: get('months') });
	}
	return rows;
}

export function readAnswer(form: FormData): { ok: true; answer: CheckinAnswer } | { ok: false; errors: Record<string, string>; fte: number | null } {
	const errors: Record<string, string> = {};
	const jobs: ReportedJob[] = [];
	jobRowsOf(form).forEach((row, i) => {
		if (!row.kind && !row.share && !row.months) return; // an untouched row
		const p = job.safeParse(row);
		if (!p.success) for (const issue of p.error.issues) errors[`jobs.${i}.${String(issue.path[0])}`] ??= issue.message;
		else jobs.push({ kind: p.data.kind, isNew: p.data.isNew, fullTimeShare: p.data.share / 100, months: p.data.months });
	});
	const fields = Object.fromEntries([...form.entries()].filter(([k, v]) => !k.startsWith('jobs.') && typeof v === 'string' && v !== ''));
	const p = answerForm.safeParse(fields);
	if (!p.success) for (const issue of p.error.issues) errors[String(issue.path[0])] ??= issue.message;
	if (!p.success || Object.keys(errors).length) return { ok: false, errors, fte: Object.keys(errors).some((k) => k.startsWith('jobs.')) ? null : totalFte(jobs) };
	const d = p.data;
	return {
		ok: true,
		answer: {
			ideaStatus: d.ideaStatus,
			companyRegistered: d.companyRegistered,
			// the number only when they gave it, and only for a registered company
			registrationNumber: d.companyRegistered && d.registrationNumber ? d.registrationNumber : null,
			socialEnterprise: d.socialEnterprise,
			jobs,
			fte: totalFte(jobs),
			turnoverBand: d.turnoverBand ?? null,
			producerId: d.producerId ?? null
		}
	};
}

export async function checkinOfLink(db: Db, token: string | null) {
	const id = readCheckinToken(token);
	return id ? findCheckin(db, id) : null;
}

export async function saveCheckin(db: Db, token: string | null, answer: CheckinAnswer): Promise<'saved' | 'not_found' | 'listing'> {
	return db.transaction(async (tx) => {
		const checkin = await checkinOfLink(tx, token);
		if (!checkin) return 'not_found';
		if (answer.producerId && !(await listingName(tx, answer.producerId))) return 'listing';
		await saveCheckinAnswer(tx, checkin.id, answer);
		return 'saved';
	});
}

/** A published directory listing's name (the only ones a participant may link). */
export async function listingName(db: Db, producerId: string): Promise<string | null> {
	const [row] = await db.select({ name: producers.name }).from(producers).where(and(eq(producers.id, producerId), eq(producers.status, 'published')));
	return row?.name ?? null;
}

export async function searchListings(db: Db, query: string) {
	const folded = foldText(query).trim();
	if (folded.length < 2) return [];
	return (await findPublishedByName(db, folded, 8)).map((p) => ({ id: p.id, name: p.name }));
}
