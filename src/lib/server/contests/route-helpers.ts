/** Shared by the staff's contest routes: the contest named by the URL, in the organisation named by it. */
import { error } from '@sveltejs/kit';
import { isUuid } from '$lib/domain/ids';
import type { Db } from '../db/types';
import { workspacePath } from '../workspace/sections';
import { findContest } from './contests-repository';

export const contestsPath = (locale: string, orgSlug: string) => workspacePath(locale, orgSlug, 'konkursi');

export async function contestOfWorkspace(db: Db, organisationId: string, id: string) {
	const c = isUuid(id) ? await findContest(db, id) : null;
	if (!c || c.organisationId !== organisationId) error(404, 'Not found');
	return c;
}
