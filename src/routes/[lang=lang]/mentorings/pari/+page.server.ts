import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localized } from '$lib/domain/localized';
import { authorize } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { SHARED_FILE_ACCEPT, type SharedFile } from '$lib/server/mentoring/files';
import { canGiveFeedback, canWork, changePair, pairOfLink, type PairAction } from '$lib/server/mentoring/pair-flow';
import { listGoals, listResources, listSessions } from '$lib/server/mentoring/pairs-repository';

/** The pair's page: either side's personal link (?kods=) is the only key. A bad link gets a page saying so. */
export const load: PageServerLoad = async ({ url, params }) => {
	const token = url.searchParams.get('kods');
	const found = await pairOfLink(db(), token);
	if (!found) return { pair: null };
	const { pair, side } = found;
	const [goals, sessions, resources] = await Promise.all([listGoals(db(), pair.id), listSessions(db(), pair.id, true), listResources(db(), pair.id)]);
	return {
		token: token!,
		side,
		pair: {
			status: pair.status,
			programme: localized(pair.programmeTitle, params.lang),
			cohort: localized(pair.cohortTitle, params.lang),
			startsOn: pair.cohortStartsOn,
			endsOn: pair.cohortEndsOn,
			endedOn: pair.endedOn,
			endReason: pair.endReason,
			mentee: pair.menteeName ?? '',
			mentor: pair.mentorName ?? '',
			canWork: canWork(pair.status),
			canGiveFeedback: canGiveFeedback(pair.status),
			// each side sees and edits their own feedback; the other side's is theirs to tell
			feedback: side === 'mentee' ? pair.menteeFeedback : pair.mentorFeedback,
			rating: side === 'mentee' ? pair.menteeRating : pair.mentorRating
		},
		goals: goals.map((g) => ({ id: g.id, kind: g.kind, title: g.title, dueOn: g.dueOn, done: g.doneAt !== null })),
		sessions,
		resources: resources.map((r) => ({ id: r.id, title: r.title, url: r.url, fileName: r.fileName, byteSize: r.byteSize })),
		accept: SHARED_FILE_ACCEPT
	};
};

async function act(event: RequestEvent, action: PairAction) {
	const token = event.url.searchParams.get('kods');
	const form = await event.request.formData();
	let file: SharedFile | null = null;
	const upload = form.get('file');
	if (action === 'file' && upload instanceof File && upload.size > 0) file = { fileName: upload.name, bytes: new Uint8Array(await upload.arrayBuffer()) };
	const result = await changePair(db(), token, action, form, file);
	if (result.ok) redirect(303, `${event.url.pathname}?kods=${encodeURIComponent(token ?? '')}#${action === 'goal_done' ? 'goal' : action}`);
	if (result.reason === 'not_found') error(404, 'Not found');
	if (result.reason !== 'invalid') return fail(409, { action, readOnly: true });
	return fail(400, { action, errors: result.errors, values: Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string')) as Record<string, string> });
}

export const actions: Actions = {
	goal: async (event) => {
		await authorize(event, 'update:mentoring_pair');
		return act(event, 'goal');
	},
	goalDone: async (event) => {
		await authorize(event, 'update:mentoring_pair');
		return act(event, 'goal_done');
	},
	session: async (event) => {
		await authorize(event, 'update:mentoring_pair');
		return act(event, 'session');
	},
	link: async (event) => {
		await authorize(event, 'update:mentoring_pair');
		return act(event, 'link');
	},
	file: async (event) => {
		await authorize(event, 'update:mentoring_pair');
		return act(event, 'file');
	},
	feedback: async (event) => {
		await authorize(event, 'update:mentoring_pair');
		return act(event, 'feedback');
	}
};
