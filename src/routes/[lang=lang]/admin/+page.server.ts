import { authorize } from '$lib/server/auth/authorize';
import { can } from '$lib/server/auth/permissions';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const principal = await authorize(event, 'read:user');
	return {
		sections: {
			users: can(principal, 'read:user'),
			organisations: can(principal, 'update:organisation'),
			outbox: can(principal, 'read:outbox'),
			audit: can(principal, 'read:audit'),
			imports: can(principal, 'create:import')
		}
	};
};
