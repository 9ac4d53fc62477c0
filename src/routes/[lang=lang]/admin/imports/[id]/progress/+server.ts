import { error, json } from '@sveltejs/kit';
import { requirePermission } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { findImport } from '$lib/server/import/imports-repository';
import type { RequestHandler } from './$types';

/** Polled by the import page while a job runs: rows done of total and the phase. */
export const GET: RequestHandler = async (event) => {
	await requirePermission(event, 'create:import');
	const row = /^[0-9a-f-]{36}$/i.test(event.params.id) ? await findImport(db(), event.params.id) : null;
	if (!row) error(404, 'Not found');
	return json({ status: row.status, phase: row.phase, rowsDone: row.rowsDone, rowsTotal: row.rowsTotal }, { headers: { 'cache-control': 'no-store' } });
};
