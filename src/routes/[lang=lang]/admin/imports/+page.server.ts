import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { requirePermission } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { uploadImport } from '$lib/server/import/admin-flow';
import { columnName } from '$lib/server/import/column-names';
import { CANONICAL_COLUMNS } from '$lib/server/import/columns';
import { LOCALES, type Locale } from '$lib/server/import/fields';
import { REQUIRED_COLUMNS } from '$lib/server/import/flow';
import { listImports } from '$lib/server/import/imports-repository';
import type { Actions, PageServerLoad } from './$types';

/** Larger files: `npm run import` (adapter-node's BODY_SIZE_LIMIT caps uploads too). */
const MAX_MB = 10;

export const load: PageServerLoad = async (event) => {
	await requirePermission(event, 'create:import');
	const rows = await listImports(db());
	const locale: Locale = (LOCALES as readonly string[]).includes(event.params.lang) ? (event.params.lang as Locale) : 'lv';
	return {
		columns: CANONICAL_COLUMNS.map((header) => ({ header, name: columnName(header, locale), required: REQUIRED_COLUMNS.includes(header) })),
		imports: rows.map((r) => ({ id: r.id, fileName: r.fileName, status: r.status, createdAt: r.createdAt, created: r.report?.created ?? null, updated: r.report?.updated ?? null, dryRun: r.report?.dryRun ?? true }))
	};
};

export const actions: Actions = {
	default: async (event) => {
		const principal = await requirePermission(event, 'create:import');
		const form = await event.request.formData();
		const file = form.get('file');
		const sheet = String(form.get('sheet') ?? '').trim().slice(0, 100);
		const asStatus = form.get('asStatus') === 'published' ? 'published' : 'pending';
		const values = { sheet, asStatus };
		if (!(file instanceof File) || file.size === 0) return fail(400, { values, errors: { file: m.import_file_required() } });
		if (file.size > MAX_MB * 1024 * 1024) return fail(400, { values, errors: { file: m.import_file_too_large({ mb: String(MAX_MB) }) } });
		const id = await uploadImport(db(), {
			fileName: file.name.slice(0, 200) || 'import.csv',
			file: new Uint8Array(await file.arrayBuffer()),
			sheet: sheet || null,
			asStatus,
			userId: principal.userId
		});
		redirect(303, `/${event.params.lang}/admin/imports/${id}`);
	}
};
