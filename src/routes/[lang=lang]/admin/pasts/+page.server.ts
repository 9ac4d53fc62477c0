import { authorize } from '$lib/server/auth/authorize';
import { outbox } from '$lib/server/admin/flows';
import { pageWindow, parsePageParam } from '$lib/server/geography/paging';
import type { PageServerLoad } from './$types';

const PER_PAGE = 30;

export const load: PageServerLoad = async (event) => {
	await authorize(event, 'read:outbox');
	const to = (event.url.searchParams.get('kam') ?? '').slice(0, 254);
	const requested = parsePageParam(event.url.searchParams.get('page'));
	const { rows, total } = await outbox(to, { limit: PER_PAGE, offset: (requested - 1) * PER_PAGE });
	return { to, mails: rows.map((r) => ({ id: r.id, to: r.to, subject: r.subject, text: r.text, status: r.status, error: r.error, createdAt: r.createdAt })), window: pageWindow(total, requested, PER_PAGE) };
};
