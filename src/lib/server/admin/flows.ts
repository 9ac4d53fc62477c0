import { db } from '../db/bootstrap';
import { isUuid } from '../../domain/ids';
import { auditVocabulary, listAudit, recordAudit, type AuditFilter } from '../audit/audit-repository';
import { auditEntriesInWords } from './audit-view';
import { listMail } from '../mail/outbox-repository';
import { asAdminSees } from '../mail/mask';
import { searchPort } from '../search';
import type { Role } from '../auth/permissions';
import { findUserByEmail, findUserById } from '../auth/users-repository';
import { deleteRole, insertRole, organisationChoices, rolesOfUsers, searchUsers } from './users-admin-repository';
import { coverageChoices, organisationBySlug, organisationExists, organisationsWithCoverage, replaceCoverage, validTerritoryIds } from './organisations-admin-repository';

/** Admin actions: each one writes its audit entry in the same transaction as the change. */

export async function listUsers(q: string, page: { limit: number; offset: number }) {
	const found = await searchUsers(db(), q, page);
	const roles = await rolesOfUsers(db(), found.rows.map((r) => r.id));
	return { total: found.total, rows: found.rows.map((u) => ({ ...u, roles: roles.get(u.id) ?? [] })) };
}

export async function userForAdmin(userId: string) {
	const found = await findUserById(db(), userId);
	if (!found || found.deletedAt) return null;
	const roles = (await rolesOfUsers(db(), [userId])).get(userId) ?? [];
	return { user: found, roles, organisations: await organisationChoices(db()) };
}

export type GrantResult = 'granted' | 'exists' | 'needs_organisation' | 'no_organisation' | 'no_user';

export async function grantRole(actorUserId: string, userId: string, role: Role, organisationId: string | null): Promise<GrantResult> {
	if (role === 'territory_editor' && !organisationId) return 'needs_organisation';
	const orgId = role === 'territory_editor' ? organisationId : null;
	return db().transaction(async (tx) => {
		if (!(await findUserById(tx, userId))) return 'no_user';
		// a made-up or deleted organisation is the admin's form error, not a foreign-key failure
		if (orgId !== null && !(isUuid(orgId) && (await organisationExists(tx, orgId)))) return 'no_organisation';
		const added = await insertRole(tx, { userId, role, organisationId: orgId });
		if (!added) return 'exists';
		await recordAudit(tx, { actorUserId, action: 'user.role_grant', entityType: 'user', entityId: userId, details: { role, organisationId: orgId } });
		return 'granted';
	});
}

/** Takes effect on the user's next request: the principal is read from the database every time. */
export async function revokeRole(actorUserId: string, userId: string, roleId: number): Promise<boolean> {
	return db().transaction(async (tx) => {
		const removed = await deleteRole(tx, userId, roleId);
		if (!removed) return false;
		await recordAudit(tx, {
			actorUserId,
			action: 'user.role_revoke',
			entityType: 'user',
			entityId: userId,
			details: { role: removed.role, organisationId: removed.organisationId }
		});
		return true;
	});
}

export async function setOrganisationCoverage(actorUserId: string, slug: string, territoryIds: number[]): Promise<boolean> {
	return db().transaction(async (tx) => {
		const org = await organisationBySlug(tx, slug);
		if (!org) return false;
		const valid = await validTerritoryIds(tx, [...new Set(territoryIds)]);
		await replaceCoverage(tx, org.id, valid);
		// an organisation is found by the territories it covers: its search document follows
		await searchPort().queueReindex(tx, { organisationIds: [org.id] });
		await recordAudit(tx, {
			actorUserId,
			action: 'organisation.territories_set',
			entityType: 'organisation',
			entityId: org.id,
			details: { slug, before: org.territoryIds.sort((a, b) => a - b), after: valid.sort((a, b) => a - b) }
		});
		return true;
	});
}

export async function organisationsCoverage() {
	const [orgs, choices] = await Promise.all([organisationsWithCoverage(db()), coverageChoices(db())]);
	return { orgs, choices };
}

export async function organisationCoverage(slug: string) {
	const org = await organisationBySlug(db(), slug);
	if (!org) return null;
	return { org, choices: await coverageChoices(db()) };
}

/** The outbox as admins read it: live link tokens only in the dev outbox (mail/mask.ts). */
export async function outbox(to: string, page: { limit: number; offset: number }) {
	const list = await listMail(db(), { to, ...page });
	return { ...list, rows: list.rows.map(asAdminSees) };
}

/** One page of the log, in words (names, e-mails and links instead of ids) in the reader's language. */
export async function auditLog(filter: AuditFilter, page: { limit: number; offset: number }, locale: string) {
	const [list, vocabulary] = await Promise.all([listAudit(db(), filter, page), auditVocabulary(db())]);
	return { entries: await auditEntriesInWords(db(), list.rows, locale), total: list.total, vocabulary };
}

export async function userIdByEmail(email: string): Promise<string | null> {
	return (await findUserByEmail(db(), email))?.id ?? null;
}
