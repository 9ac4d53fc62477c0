/**
 * The impact report's downloads: the same report the staff page shows (same query string, same
 * permission), rendered as XLSX or PDF. Built in the request like the other XLSX exports: the
 * report builds in well under a second (bench/impact-report.ts) and the PDF in one to three.
 */
import { error, type RequestEvent } from '@sveltejs/kit';
import { requirePermission } from '../auth/authorize';
import { db } from '../db/bootstrap';
import { impactExportFileName, IMPACT_EXPORT_TYPES, loadLogo, renderImpactPdf, renderImpactXlsx } from '../impact-export';
import { workspaceOf } from '../workspace/access';
import { parseReportQuery, staffReport } from './queries';

export async function impactDownload(event: RequestEvent<{ lang: string; slug: string }>, format: 'xlsx' | 'pdf'): Promise<Response> {
	const organisation = await workspaceOf(event);
	await requirePermission(event, 'read:impact_report', { organisationId: organisation.id });
	const found = await staffReport(db(), organisation, parseReportQuery(event.url.searchParams), event.params.lang, false);
	if (!found) error(404, 'Not found');
	const bytes = format === 'xlsx' ? await renderImpactXlsx(found.report) : await renderImpactPdf(found.report, { loadLogo: (src) => loadLogo(src, db()) });
	return new Response(new Uint8Array(bytes), {
		headers: {
			'content-type': IMPACT_EXPORT_TYPES[format],
			'content-disposition': `attachment; filename="${impactExportFileName(found.report, format)}"`,
			// personal figures of an organisation: never kept by a shared cache
			'cache-control': 'private, no-store'
		}
	});
}
