import type { Actions, ServerLoad } from '@sveltejs/kit';
import { authorize, requirePermission } from '$lib/server/auth/authorize';
import { coopScope, profilePage, saveAction, stateAction, type CoopRouteParams } from '$lib/server/cooperation/route-helpers';

/** One profile for its owner: state, renew / withdraw / submit again, suggested counterparts, edit. */
export const load = (async (event) => {
	await requirePermission(event, 'update:cooperation_profile', () => coopScope(event));
	return profilePage(event);
}) satisfies ServerLoad<CoopRouteParams & { pid: string }>;

export const actions = {
	save: async (event) => {
		await authorize(event, 'update:cooperation_profile', () => coopScope(event));
		return saveAction(event, event.params.pid);
	},
	submit: async (event) => {
		await authorize(event, 'update:cooperation_profile', () => coopScope(event));
		return stateAction(event, 'submit');
	},
	renew: async (event) => {
		await authorize(event, 'update:cooperation_profile', () => coopScope(event));
		return stateAction(event, 'renew');
	},
	withdraw: async (event) => {
		await authorize(event, 'update:cooperation_profile', () => coopScope(event));
		return stateAction(event, 'withdraw');
	}
} satisfies Actions<CoopRouteParams & { pid: string }>;
