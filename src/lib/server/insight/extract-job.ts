/** The job that turns an uploaded interview file into its text (idempotent: a finished one is left alone). */
import type { Db } from '../db/types';
import { extractUploadText, sniffUpload } from './extract';
import { findInterviewFile, setInterviewFileError, textStatusOf, updateInterview } from './interviews-repository';

export async function extractInterviewText(db: Db, interviewId: string): Promise<void> {
	const status = await textStatusOf(db, interviewId);
	if (!status || status.textStatus !== 'extracting') return;
	const file = await findInterviewFile(db, interviewId);
	const kind = file ? sniffUpload(file.bytes) : null;
	if (!file || !kind) {
		await updateInterview(db, interviewId, { textStatus: 'failed' });
		return;
	}
	let text: string;
	try {
		text = await extractUploadText(kind, file.bytes);
	} catch (e) {
		// a damaged or encrypted file: the interview says so and the text can be typed in; retrying would not help
		await setInterviewFileError(db, interviewId, e instanceof Error ? e.message.slice(0, 500) : String(e));
		await updateInterview(db, interviewId, { textStatus: 'failed' });
		return;
	}
	await updateInterview(db, interviewId, text ? { text, textStatus: 'ready' } : { textStatus: 'failed' });
	if (!text) await setInterviewFileError(db, interviewId, 'no text layer');
}
