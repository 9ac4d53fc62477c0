import { requirePermission } from '$lib/server/auth/authorize';
import { exportPersonalData } from '$lib/server/auth/account';
import type { RequestHandler } from './$types';

/** GDPR download: everything we hold about the signed-in person, as one JSON file. */
export const GET: RequestHandler = async (event) => {
	const principal = await requirePermission(event, 'export:account', { userId: event.locals.principal?.userId });
	const data = await exportPersonalData(principal.userId);
	const day = new Date().toISOString().slice(0, 10);
	return new Response(JSON.stringify(data, null, 2), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="tuvuma-mani-dati-${day}.json"`,
			'cache-control': 'no-store'
		}
	});
};
