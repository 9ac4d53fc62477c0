/**
 * The pair's own page, reached by either side's personal link (tokens.ts): goals and milestones, the
 * session log, shared links and files, and feedback when the pair completes. Only an active pair
 * changes its goals, sessions and files; a completed one may still give feedback; a proposed,
 * declined or ended one is read-only. Each change is one transaction.
 */
import { randomUUID } from 'node:crypto';
import { formValues, parseWith, type FieldErrors } from '$lib/forms/parse';
import type { Db } from '../db/types';
import { checkSharedFile, putSharedFile, storageKeyOf, type SharedFile } from './files';
import { feedbackForm, fileTitleForm, goalDoneForm, goalForm, linkForm, sessionForm } from './pair-forms';
import { findPair, insertGoal, insertResource, insertSession, setFeedback, setGoalDone } from './pairs-repository';
import { readPairToken, type PairSide } from './tokens';

export type PairAction = 'goal' | 'goal_done' | 'session' | 'link' | 'file' | 'feedback';
export type PairResult = { ok: true } | { ok: false; reason: 'not_found' | 'read_only' } | { ok: false; reason: 'invalid'; errors: FieldErrors };

/** The pair and side a link names, or null (forged, old or a removed pair: the page says so). */
export async function pairOfLink(db: Db, token: string | null) {
	const link = readPairToken(token);
	if (!link) return null;
	const pair = await findPair(db, link.matchId);
	return pair ? { pair, side: link.side } : null;
}

export const canWork = (status: string) => status === 'active';
export const canGiveFeedback = (status: string) => status === 'active' || status === 'completed';

export async function changePair(db: Db, token: string | null, action: PairAction, form: FormData, file: SharedFile | null = null): Promise<PairResult> {
	const values = formValues(form);
	return db.transaction(async (tx) => {
		const found = await pairOfLink(tx, token);
		if (!found) return { ok: false, reason: 'not_found' } as const;
		const { pair, side } = found;
		const allowed = action === 'feedback' ? canGiveFeedback(pair.status) : canWork(pair.status);
		if (!allowed) return { ok: false, reason: 'read_only' } as const;
		const by = side === 'mentee' ? pair.menteePersonId : pair.mentorPersonId;
		return apply(tx, pair.id, side, by, action, values, file);
	});
}

async function apply(tx: Db, matchId: string, side: PairSide, by: string, action: PairAction, values: Record<string, unknown>, file: SharedFile | null): Promise<PairResult> {
	const invalid = (errors: FieldErrors) => ({ ok: false, reason: 'invalid', errors }) as const;
	switch (action) {
		case 'goal': {
			const p = parseWith(goalForm, values);
			if (!p.ok) return invalid(p.errors);
			// a milestone is what has a date; a goal given a date is a milestone
			if (p.data.kind === 'milestone' && !p.data.dueOn) return invalid({ dueOn: 'required' });
			await insertGoal(tx, matchId, { kind: p.data.dueOn ? 'milestone' : 'goal', title: p.data.title, dueOn: p.data.dueOn });
			return { ok: true };
		}
		case 'goal_done': {
			const p = parseWith(goalDoneForm, values);
			if (!p.ok || !(await setGoalDone(tx, matchId, p.data.goalId, p.data.done))) return { ok: false, reason: 'not_found' };
			return { ok: true };
		}
		case 'session': {
			const p = parseWith(sessionForm, values);
			if (!p.ok) return invalid(p.errors);
			await insertSession(tx, { matchId, ...p.data, loggedByPersonId: by });
			return { ok: true };
		}
		case 'link': {
			const p = parseWith(linkForm, values);
			if (!p.ok) return invalid(p.errors);
			await insertResource(tx, { matchId, title: p.data.title, url: p.data.url, storageKey: null, fileName: null, byteSize: null, addedByPersonId: by });
			return { ok: true };
		}
		case 'file': {
			if (!file) return invalid({ file: 'required' });
			const checked = checkSharedFile(file);
			if (!checked.ok) return invalid({ file: checked.reason });
			const p = parseWith(fileTitleForm, values);
			if (!p.ok) return invalid(p.errors);
			const id = randomUUID();
			const fileName = file.fileName.slice(0, 200);
			await insertResource(tx, { id, matchId, title: p.data.title || fileName, url: null, storageKey: storageKeyOf(id), fileName, byteSize: file.bytes.length, addedByPersonId: by });
			await putSharedFile(tx, id, checked.mediaType, file.bytes);
			return { ok: true };
		}
		case 'feedback': {
			const p = parseWith(feedbackForm, values);
			if (!p.ok) return invalid(p.errors);
			await setFeedback(tx, matchId, side, p.data.feedback, p.data.rating);
			return { ok: true };
		}
	}
}
