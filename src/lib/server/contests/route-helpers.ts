/** Shared by the staff's contest routes: the organisation and the contest the URL names, and the save action. */
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { isUuid } from '$lib/domain/ids';
import type { Principal } from '../auth/permissions';
import { db } from '../db/bootstrap';
import { workspaceOf } from '../workspace/access';
import type { WorkspaceOrganisation } from '../workspace/organisations-lookup';
import { workspacePath } from '../workspace/sections';
import { parseContestForm } from './contest-input';
import { findContest } from './contests-repository';
import { contestProjects, saveContest } from './manage-flow';

export const contestsPath = (locale: string, orgSlug: string) => workspacePath(locale, orgSlug, 'konkursi');

type Ev = Pick<RequestEvent, 'params'>;
/** The form's text fields as typed (the form has no repeated names). */
const typedText = (form: FormData): Record<string, string> => Object.fromEntries([...form.entries()].filter((e): e is [string, string] => typeof e[1] === 'string'));
// one look-up per request: the guard's scope and the action's contest share it
const looked = new WeakMap<Ev, Promise<WorkspaceOrganisation>>();
function organisationOf(event: Ev): Promise<WorkspaceOrganisation> {
	let found = looked.get(event);
	if (!found) looked.set(event, (found = workspaceOf(event)));
	return found;
}

/** The guard's resource: the URL's organisation (a 404 when there is none). */
export const contestScope = async (event: Ev) => ({ organisationId: (await organisationOf(event)).id });

/** The organisation's contest of `params.id`, or a 404 (another organisation's contest is not found either). */
export async function contestOfWorkspace(event: Ev) {
	const organisation = await organisationOf(event);
	const id = event.params.id ?? '';
	const contest = isUuid(id) ? await findContest(db(), id) : null;
	if (!contest || contest.organisationId !== organisation.id) error(404, 'Not found');
	return { organisation, contest };
}

/** The new-contest and the edit form's action, after its guard: a draft saved, or the form again with its errors. */
export async function saveContestForm(event: Ev & Pick<RequestEvent, 'request'>, principal: NonNullable<Principal>, contestId: string | null) {
	const organisation = await organisationOf(event);
	const form = await event.request.formData();
	const projects = await contestProjects(db(), organisation.id, event.params.lang ?? 'lv');
	const parsed = parseContestForm(form, { projectIds: new Set(projects.map((p) => p.value)) });
	if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
	const saved = await saveContest(db(), { actorUserId: principal.userId, organisationId: organisation.id, contestId, data: parsed.data });
	if (!saved.ok) return fail(400, { values: typedText(form), errors: saved.reason === 'invalid' ? saved.errors : { _form: saved.reason } });
	redirect(303, `${contestsPath(event.params.lang ?? 'lv', organisation.slug)}/${saved.id}`);
}
