import { error, redirect } from '@sveltejs/kit';
import { requirePermission } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { confirmImport, resumeImport } from '$lib/server/import/admin-flow';
import { importView } from '$lib/server/import/admin-view';
import { findImport } from '$lib/server/import/imports-repository';
import type { Actions, PageServerLoad } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const load: PageServerLoad = async (event) => {
	await requirePermission(event, 'create:import');
	const row = UUID.test(event.params.id) ? await findImport(db(), event.params.id) : null;
	if (!row) error(404, 'Not found');
	return { view: importView(row, event.params.lang) };
};

export const actions: Actions = {
	confirm: async (event) => {
		const principal = await requirePermission(event, 'create:import');
		if (!UUID.test(event.params.id)) error(404, 'Not found');
		await confirmImport(db(), event.params.id, principal.userId);
		redirect(303, `/${event.params.lang}/admin/imports/${event.params.id}`);
	},
	resume: async (event) => {
		const principal = await requirePermission(event, 'create:import');
		if (!UUID.test(event.params.id)) error(404, 'Not found');
		await resumeImport(db(), event.params.id, principal.userId);
		redirect(303, `/${event.params.lang}/admin/imports/${event.params.id}`);
	}
};
