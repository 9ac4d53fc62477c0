import { authorize } from '$lib/server/auth/authorize';
import { listUsers } from '$lib/server/admin/flows';
import { pageWindow, parsePageParam } from '$lib/server/geography/paging';
import type { PageServerLoad } from './$types';

const PER_PAGE = 50;

export const load: PageServerLoad = async (event) => {
	await authorize(event, 'read:user');
	const q = (event.url.searchParams.get('q') ?? '').slice(0, 200);
	const requested = parsePageParam(event.url.searchParams.get('page'));
	const { rows, total } = await listUsers(q, { limit: PER_PAGE, offset: (requested - 1) * PER_PAGE });
	return { q, users: rows, window: pageWindow(total, requested, PER_PAGE) };
};
