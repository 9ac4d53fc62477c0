import type { Db } from '../db/types';
import type { Principal, Role } from './permissions';
import { producerIdsOf, rolesOf, territoryIdsOf } from './users-repository';
import { membershipsOf } from '../workspace/members-repository';

/** Everything `can()` needs about a signed-in user, read fresh on every request (no stale roles). */
export async function loadPrincipal(db: Db, u: { id: string; email: string; emailVerified: boolean }): Promise<NonNullable<Principal>> {
	const roleRows = await rolesOf(db, u.id);
	const roles = [...new Set(roleRows.map((r) => r.role))] as Role[];
	const [producerIds, territoryIds, memberships] = await Promise.all([
		producerIdsOf(db, u.id),
		roles.includes('territory_editor') ? territoryIdsOf(db, u.id) : Promise.resolve([]),
		membershipsOf(db, u.id)
	]);
	// owning a listing makes one a producer even without an explicit role row
	if (producerIds.length && !roles.includes('producer')) roles.push('producer');
	if (!roles.length) roles.push('member');
	return {
		userId: u.id,
		email: u.email,
		emailVerified: u.emailVerified,
		roles,
		producerIds,
		territoryIds,
		memberships: memberships.map((mb) => ({ organisationId: mb.organisationId, slug: mb.slug, role: mb.role }))
	};
}
