import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { eventsForPage } from '$lib/server/events/page-slots';
import { prizesForProducerPage } from '$lib/server/contests/producer-prizes';
import { db } from '$lib/server/db/bootstrap';
import { producerPage } from '$lib/server/producers/queries';
import { authorize } from '$lib/server/auth/authorize';
import { can, ownNewRow } from '$lib/server/auth/permissions';
import { claimProducer } from '$lib/server/claims/claim-action';
import { producerResource } from '$lib/server/owner/access';

/** Unknown and unpublished producers are a plain 404 (the localized error page). */
export const load: PageServerLoad = async ({ params, url, parent, locals }) => {
	const { publicOrigin } = await parent();
	const pageUrl = `${publicOrigin ?? url.origin}/${params.lang}/razotaji/${params.slug}`;
	const page = await producerPage(db(), params.slug, params.lang, new Date(), pageUrl);
	if (!page) error(404, 'Not found');
	const principal = locals.principal ?? null;
	const claim: 'anonymous' | 'owner' | 'can' | 'none' = !principal
		? 'anonymous'
		: principal.producerIds.includes(page.producerId)
			? 'owner'
			: can(principal, 'create:claim', ownNewRow(principal))
				? 'can'
				: 'none';
	// reviewers (not owners: they have their dashboard link) may edit it from here
	const editHref = claim !== 'owner' && principal && can(principal, 'update:producer', await producerResource(db(), page.producerId)()) ? `/${params.lang}/mans/${page.producerId}` : null;
	return { ...page, claim, editHref, eventsSlot: await eventsForPage(db(), { producer: params.slug }), contestPrizes: await prizesForProducerPage(db(), page.producerId, params.lang) };
};

export const actions: Actions = {
	/** "This is my business": auto-approved on a matching verified e-mail, else queued for a moderator. */
	claim: async (event) => {
		await authorize(event, 'create:claim', ownNewRow(event.locals.principal ?? null));
		const result = await claimProducer(db(), event, event.locals.principal);
		return result.ok ? { claimed: result.outcome } : fail(400, result);
	}
};

/** No SvelteKit client here: the page is complete without JavaScript, islands add the rest (decision 007). */
export const csr = false;
