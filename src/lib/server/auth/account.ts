import { db } from '../db/bootstrap';
import { deleteAccount } from './account-deletion';
import { collectPersonalData } from './personal-data';
import { activeSessions, type SessionRow } from './sessions-repository';
import { findUserById, updateUserName, type UserRow } from './users-repository';

/** What the account page shows: the person and the devices they are signed in on. */
export async function accountOverview(userId: string): Promise<{ user: UserRow; sessions: SessionRow[] } | null> {
	const found = await findUserById(db(), userId);
	if (!found) return null;
	return { user: found, sessions: await activeSessions(db(), userId) };
}

export async function renameAccount(userId: string, name: string): Promise<void> {
	await updateUserName(db(), userId, name.trim());
}

export async function exportPersonalData(userId: string): Promise<Record<string, unknown>> {
	return collectPersonalData(db(), userId);
}

export async function eraseAccount(userId: string): Promise<void> {
	await deleteAccount(db(), userId);
}
