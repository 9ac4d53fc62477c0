import { authorize } from '$lib/server/auth/authorize';
import { outbox } from '$lib/server/admin/flows';
import { pageWindow, parsePageParam } from '$lib/server/geography/paging';
import { db } from '$lib/server/db/bootstrap';
import { requestAlertDigestNow } from '$lib/server/alerts/digest';
import type { Actions, PageServerLoad } from './$types';

const PER_PAGE = 30;

export const load: PageServerLoad = async (event) => {
	await authorize(event, 'read:outbox');
	const to = (event.url.searchParams.get('kam') ?? '').slice(0, 254);
	const requested = parsePageParam(event.url.searchParams.get('page'));
	const { rows, total } = await outbox(to, { limit: PER_PAGE, offset: (requested - 1) * PER_PAGE });
	return { to, mails: rows.map((r) => ({ id: r.id, to: r.to, subject: r.subject, text: r.text, status: r.status, error: r.error, createdAt: r.createdAt })), window: pageWindow(total, requested, PER_PAGE) };
};

export const actions: Actions = {
	/** The alerts' digest now rather than on Monday (a new region's launch, a test of the mail). */
	alertDigest: async (event) => {
		await authorize(event, 'send:alert_digest');
		await requestAlertDigestNow(db());
		return { alertDigestQueued: true as const };
	}
};
