/**
 * GDPR for the workspace: an account's memberships and the invitations addressed to it are in its
 * download; deleting the account removes both (the audit log keeps who changed what, by id).
 */
import { eq } from 'drizzle-orm';
import { user } from '../db/schema';
import type { Db } from '../db/types';
import type { AccountEraser } from '../auth/account-deletion';
import type { PersonalDataCollector } from '../auth/personal-data';
import { deleteInvitationsTo, invitationsTo } from './invitations-repository';
import { deleteMembershipsOf, membershipsOf } from './members-repository';

async function emailOf(db: Db, userId: string): Promise<string | null> {
	const [u] = await db.select({ email: user.email }).from(user).where(eq(user.id, userId));
	return u?.email ?? null;
}

export const WORKSPACE_COLLECTORS: PersonalDataCollector[] = [
	{ name: 'workspaceMemberships', collect: async (db, userId) => (await membershipsOf(db, userId)).map((mb) => ({ organisation: mb.name, role: mb.role })) },
	{
		name: 'workspaceInvitations',
		collect: async (db, userId) => {
			const email = await emailOf(db, userId);
			return email ? invitationsTo(db, email) : [];
		}
	}
];

export const WORKSPACE_ERASERS: AccountEraser[] = [
	{ name: 'workspaceMemberships', erase: (tx, userId) => deleteMembershipsOf(tx, userId) },
	{
		name: 'workspaceInvitations',
		erase: async (tx, userId) => {
			const email = await emailOf(tx, userId);
			if (email) await deleteInvitationsTo(tx, email);
		}
	}
];
