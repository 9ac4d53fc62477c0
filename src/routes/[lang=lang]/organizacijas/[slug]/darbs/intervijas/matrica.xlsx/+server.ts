import type { RequestHandler } from './$types';
import { requirePermission } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { isLocale } from '$lib/i18n/locales';
import { workspaceOf } from '$lib/server/workspace/access';
import { matrixXlsx } from '$lib/server/insight/matrix-queries';

/** The needs matrices and quotes as an XLSX workbook for the strategy document. */
export const GET: RequestHandler = async (event) => {
	const organisation = await workspaceOf(event);
	await requirePermission(event, 'export:insight', { organisationId: organisation.id });
	const locale = isLocale(event.params.lang) ? event.params.lang : 'lv';
	const bytes = await matrixXlsx(db(), organisation.id, locale);
	return new Response(new Uint8Array(bytes), {
		headers: {
			'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'content-disposition': `attachment; filename="vajadzibu-matrica-${organisation.slug}.xlsx"`,
			'cache-control': 'private, no-store'
		}
	});
};
