import type { Db } from '../db/types';
import { listOpenInvitations } from './invitations-repository';
import { listStaff } from './members-repository';

/** The team page: staff with their roles and the invitations still open. */
export async function teamPage(db: Db, organisationId: string, now: Date) {
	const [staff, invitations] = await Promise.all([listStaff(db, organisationId), listOpenInvitations(db, organisationId, now)]);
	return {
		staff: staff.map((s) => ({ id: s.id, userId: s.userId, name: s.name, email: s.email, role: s.role, since: s.since.toISOString() })),
		invitations: invitations.map((i) => ({ id: i.id, email: i.email, role: i.role, expiresAt: i.expiresAt.toISOString() }))
	};
}
