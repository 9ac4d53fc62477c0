/**
 * Recording and coding interviews (issue 20). Each function runs in one transaction; an uploaded
 * file is stored with its interview and its text extracted by a job (extract-job.ts).
 */
import { recordAudit } from '../audit/audit-repository';
import type { Db } from '../db/types';
import { enqueueJob } from '../jobs/queue';
import { codesBelong, deleteCoding, hasCodings, insertCodings } from './codings-repository';
import { sniffUpload, UPLOAD_MAX_BYTES, UPLOAD_TYPES, tidyText } from './extract';
import { deleteInterview, findInterview, insertInterview, insertInterviewFile, updateInterview, type InterviewFields } from './interviews-repository';
import { cleanSpan, runsOfSentences, sentencesOf } from './sentences';
import type { Span } from './kappa';

export const EXTRACT_JOB = 'insight.extract-interview';

export type Upload = { name: string; bytes: Uint8Array };
export type FlowResult<T = object> = ({ ok: true } & T) | { ok: false; errors: Record<string, string> };

function checkUpload(upload: Upload): { kind: 'docx' | 'pdf' } | { error: string } {
	if (upload.bytes.length > UPLOAD_MAX_BYTES) return { error: 'file_too_large' };
	const kind = sniffUpload(upload.bytes);
	return kind ? { kind } : { error: 'file_type' };
}

/** A new interview from typed text or an uploaded DOCX/PDF (one of the two is needed). */
export async function createInterview(
	db: Db,
	input: { organisationId: string; actorUserId: string; fields: InterviewFields; text?: string; upload?: Upload | null }
): Promise<FlowResult<{ id: string }>> {
	const text = tidyText(input.text ?? '');
	const upload = input.upload && input.upload.bytes.length ? input.upload : null;
	const checked = upload ? checkUpload(upload) : null;
	if (checked && 'error' in checked) return { ok: false, errors: { file: checked.error } };
	if (!text && !checked) return { ok: false, errors: { text: 'text_or_file' } };
	const id = await db.transaction(async (tx) => {
		const id = await insertInterview(tx, {
			...input.fields,
			organisationId: input.organisationId,
			text: checked ? '' : text,
			textStatus: checked ? 'extracting' : 'ready',
			createdBy: input.actorUserId
		});
		if (checked && upload) {
			await insertInterviewFile(tx, { interviewId: id, fileName: upload.name.slice(0, 200) || `interview.${checked.kind}`, contentType: UPLOAD_TYPES[checked.kind], bytes: upload.bytes });
			await enqueueJob(tx, EXTRACT_JOB, { interviewId: id }, { dedupeKey: `${EXTRACT_JOB}:${id}` });
		}
		await recordAudit(tx, { actorUserId: input.actorUserId, action: 'interview.create', entityType: 'interview', entityId: id, details: { organisationId: input.organisationId, upload: !!checked } });
		return id;
	});
	return { ok: true, id };
}

/** Changes the facts; the text only while nobody has coded it (codings point into it by offset). */
export async function editInterview(
	db: Db,
	input: { organisationId: string; interviewId: string; fields: InterviewFields; text?: string }
): Promise<FlowResult> {
	const interview = await findInterview(db, input.organisationId, input.interviewId);
	if (!interview) return { ok: false, errors: { _form: 'not_found' } };
	const locked = interview.textStatus === 'extracting' || (await hasCodings(db, interview.id));
	const text = input.text === undefined || locked ? undefined : tidyText(input.text);
	if (text === '') return { ok: false, errors: { text: 'required' } };
	await updateInterview(db, interview.id, { ...input.fields, ...(text !== undefined ? { text, textStatus: 'ready' as const } : {}) });
	return { ok: true };
}

export async function removeInterview(db: Db, input: { organisationId: string; interviewId: string; actorUserId: string }): Promise<boolean> {
	const interview = await findInterview(db, input.organisationId, input.interviewId);
	if (!interview) return false;
	await db.transaction(async (tx) => {
		await deleteInterview(tx, interview.id);
		await recordAudit(tx, { actorUserId: input.actorUserId, action: 'interview.delete', entityType: 'interview', entityId: interview.id, details: { organisationId: input.organisationId, reference: interview.reference } });
	});
	return true;
}

/**
 * Tags passages with codes for one coder: the ticked sentences (each run of adjacent ones is a
 * passage) or a selection's offsets, checked against the text. Returns how many taggings are new.
 */
export async function codePassages(
	db: Db,
	input: { organisationId: string; interviewId: string; coderId: string; codeIds: string[]; sentences: number[]; start?: number; end?: number }
): Promise<FlowResult<{ added: number }>> {
	const interview = await findInterview(db, input.organisationId, input.interviewId);
	if (!interview || interview.textStatus !== 'ready') return { ok: false, errors: { _form: 'not_found' } };
	if (!(await codesBelong(db, input.organisationId, input.codeIds))) return { ok: false, errors: { codes: 'invalid' } };
	let spans: Span[];
	if (input.start !== undefined && input.end !== undefined) {
		const span = cleanSpan(interview.text, input.start, input.end);
		spans = span ? [span] : [];
	} else spans = runsOfSentences(sentencesOf(interview.text), input.sentences);
	if (spans.length === 0) return { ok: false, errors: { sentence: 'no_passage' } };
	const added = await insertCodings(
		db,
		spans.flatMap((s) => input.codeIds.map((codeId) => ({ interviewId: interview.id, codeId, coderId: input.coderId, start: s.start, end: s.end })))
	);
	return { ok: true, added };
}

export async function uncodePassage(db: Db, input: { organisationId: string; interviewId: string; codingId: string }): Promise<boolean> {
	const interview = await findInterview(db, input.organisationId, input.interviewId);
	return interview ? deleteCoding(db, interview.id, input.codingId) : false;
}
