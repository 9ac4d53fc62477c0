import type { Actions, ServerLoad } from '@sveltejs/kit';
import { authorize, requirePermission } from '$lib/server/auth/authorize';
import { choices, coopScope, ownerOf, saveAction, type CoopRouteParams } from '$lib/server/cooperation/route-helpers';

/** A new cooperation profile: a draft or submitted for review. */
export const load = (async (event) => {
	await requirePermission(event, 'create:cooperation_profile', () => coopScope(event));
	const { base } = await ownerOf(event);
	return { base, choices: await choices(), values: { direction: 'offer', languages: [event.params.lang] } as Record<string, unknown> };
}) satisfies ServerLoad<CoopRouteParams>;

export const actions = {
	save: async (event) => {
		await authorize(event, 'create:cooperation_profile', () => coopScope(event));
		return saveAction(event, null);
	}
} satisfies Actions<CoopRouteParams>;
