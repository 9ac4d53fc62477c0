/** interviews and interview_files: needs-analysis interviews of one organisation (never a respondent's name). */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { interviewFiles, interviews } from '../db/schema';
import type { Db } from '../db/types';
import { toNumber } from '../db/types';

export type RespondentType = (typeof interviews.respondentType.enumValues)[number];
export type InterviewFields = {
	reference: string;
	respondentType: RespondentType;
	municipalityId: number | null;
	heldOn: string;
	consent: 'written' | 'oral';
};
export type InterviewRow = InterviewFields & { id: string; organisationId: string; text: string; textStatus: 'ready' | 'extracting' | 'failed'; isDemo: boolean };

/** Everything but the text, which lists leave out (it can be long). */
const headColumns = {
	id: interviews.id,
	organisationId: interviews.organisationId,
	reference: interviews.reference,
	respondentType: interviews.respondentType,
	municipalityId: interviews.municipalityId,
	heldOn: interviews.heldOn,
	consent: interviews.consent,
	textStatus: interviews.textStatus,
	isDemo: interviews.isDemo
};
const columns = { ...headColumns, text: interviews.text };

export async function insertInterview(db: Db, row: InterviewFields & { organisationId: string; text: string; textStatus: InterviewRow['textStatus']; createdBy: string | null; isDemo?: boolean; id?: string }): Promise<string> {
	const [r] = await db.insert(interviews).values(row).returning({ id: interviews.id });
	return r.id;
}

export async function updateInterview(db: Db, id: string, fields: Partial<InterviewFields> & { text?: string; textStatus?: InterviewRow['textStatus'] }): Promise<void> {
	await db.update(interviews).set({ ...fields, updatedAt: new Date() }).where(eq(interviews.id, id));
}

export async function deleteInterview(db: Db, id: string): Promise<void> {
	await db.delete(interviews).where(eq(interviews.id, id));
}

/** One interview of the organisation (an id of another organisation's interview finds nothing). */
export async function findInterview(db: Db, organisationId: string, id: string): Promise<InterviewRow | null> {
	if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
	const [row] = await db.select(columns).from(interviews).where(and(eq(interviews.id, id), eq(interviews.organisationId, organisationId)));
	return row ?? null;
}

export type InterviewListItem = Omit<InterviewRow, 'text'> & { length: number; codings: number; coders: number };

export async function listInterviews(db: Db, organisationId: string): Promise<InterviewListItem[]> {
	const rows = await db
		.select({
			...headColumns,
			length: sql<number>`length(${interviews.text})`,
			// qualified by hand: drizzle leaves columns of a one-table select unqualified, which the subquery would misread
			codings: sql<number>`(SELECT count(*) FROM interview_codings c WHERE c.interview_id = interviews.id)`,
			coders: sql<number>`(SELECT count(DISTINCT c.coder_id) FROM interview_codings c WHERE c.interview_id = interviews.id)`
		})
		.from(interviews)
		.where(eq(interviews.organisationId, organisationId))
		.orderBy(desc(interviews.heldOn), asc(interviews.reference));
	return rows.map((r) => ({ ...r, length: toNumber(r.length), codings: toNumber(r.codings), coders: toNumber(r.coders) }));
}

/** Every interview with its text, for the matrix. */
export async function interviewTexts(db: Db, organisationId: string): Promise<Pick<InterviewRow, 'id' | 'respondentType' | 'municipalityId' | 'text'>[]> {
	return db
		.select({ id: interviews.id, respondentType: interviews.respondentType, municipalityId: interviews.municipalityId, text: interviews.text })
		.from(interviews)
		.where(eq(interviews.organisationId, organisationId));
}

export async function insertInterviewFile(db: Db, file: { interviewId: string; fileName: string; contentType: string; bytes: Uint8Array }): Promise<void> {
	await db.insert(interviewFiles).values(file);
}

export async function findInterviewFile(db: Db, interviewId: string): Promise<{ fileName: string; contentType: string; bytes: Uint8Array; error: string | null } | null> {
	const [row] = await db
		.select({ fileName: interviewFiles.fileName, contentType: interviewFiles.contentType, bytes: interviewFiles.bytes, error: interviewFiles.error })
		.from(interviewFiles)
		.where(eq(interviewFiles.interviewId, interviewId));
	return row ?? null;
}

export async function setInterviewFileError(db: Db, interviewId: string, error: string | null): Promise<void> {
	await db.update(interviewFiles).set({ error }).where(eq(interviewFiles.interviewId, interviewId));
}

/** Interviews whose uploaded file waits for its text (status `extracting`). */
export async function textStatusOf(db: Db, id: string): Promise<{ textStatus: InterviewRow['textStatus']; organisationId: string } | null> {
	const [row] = await db.select({ textStatus: interviews.textStatus, organisationId: interviews.organisationId }).from(interviews).where(eq(interviews.id, id));
	return row ?? null;
}
