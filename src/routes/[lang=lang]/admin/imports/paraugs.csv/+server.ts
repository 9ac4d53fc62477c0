import { requirePermission } from '$lib/server/auth/authorize';
import { SAMPLE_FILE_NAME, sampleCsv } from '$lib/server/import/sample';
import type { RequestHandler } from './$types';

/** The sample import file: every column the importer reads, two rows that import cleanly. */
export const GET: RequestHandler = async (event) => {
	await requirePermission(event, 'create:import');
	return new Response(sampleCsv(), {
		headers: {
			'content-type': 'text/csv; charset=utf-8; header=present',
			'content-disposition': `attachment; filename="${SAMPLE_FILE_NAME}"`,
			'cache-control': 'private, no-store'
		}
	});
};
