/**
 * The team of an organisation's workspace (decision 006): admins add staff directly; a
 * coordinator invites colleagues by e-mail, and the invitation is accepted by a signed-in account
 * with that address. Every change is audited in its own transaction.
 */
import { createHash, randomBytes } from 'node:crypto';
import { recordAudit } from '../audit/audit-repository';
import type { OrganisationRole } from '../auth/permissions';
import { findUserByEmail, findUserById } from '../auth/users-repository';
import type { Db } from '../db/types';
import { normaliseEmail } from '../people/domain';
import {
	findInvitationByTokenHash,
	findInvitation,
	markAccepted,
	markRevoked,
	upsertOpenInvitation
} from './invitations-repository';
import { mailInvitation } from './mails';
import { countCoordinators, deleteMember, findMember, findMemberById, upsertMember } from './members-repository';
import { findWorkspaceOrganisationById } from './organisations-lookup';

export const INVITATION_DAYS = 14;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

async function audit(tx: Db, actorUserId: string, action: string, organisationId: string, details: Record<string, unknown>): Promise<void> {
	await recordAudit(tx, { actorUserId, action: `organisation.${action}`, entityType: 'organisation', entityId: organisationId, details });
}

export type InviteResult = { ok: true; token: string; email: string } | { ok: false; reason: 'invalid_email' | 'already_member' | 'not_found' };

/** Sends (or renews) an invitation; the mail goes out only if the invitation commits. */
export async function inviteColleague(
	db: Db,
	input: { actorUserId: string; organisationId: string; email: string; role: OrganisationRole; locale: string },
	now = new Date()
): Promise<InviteResult> {
	const email = normaliseEmail(input.email);
	if (!email) return { ok: false, reason: 'invalid_email' };
	return db.transaction(async (tx) => {
		const org = await findWorkspaceOrganisationById(tx, input.organisationId);
		if (!org) return { ok: false, reason: 'not_found' };
		const existing = await findUserByEmail(tx, email);
		if (existing && (await findMember(tx, org.id, existing.id))) return { ok: false, reason: 'already_member' };
		const token = randomBytes(32).toString('base64url');
		const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
		const invitationId = await upsertOpenInvitation(tx, {
			organisationId: org.id,
			email,
			role: input.role,
			tokenHash: hashToken(token),
			invitedBy: input.actorUserId,
			locale: input.locale,
			expiresAt
		});
		const inviter = await findUserById(tx, input.actorUserId);
		await mailInvitation(tx, { to: email, locale: input.locale, organisation: org.name, role: input.role, inviter: inviter?.name || inviter?.email || '', token, expiresAt });
		await audit(tx, input.actorUserId, 'invitation_send', org.id, { invitationId, email, role: input.role });
		return { ok: true, token, email };
	});
}

export async function revokeInvitation(db: Db, input: { actorUserId: string; organisationId: string; invitationId: string }, now = new Date()): Promise<boolean> {
	return db.transaction(async (tx) => {
		const inv = await findInvitation(tx, input.invitationId);
		if (!inv || inv.organisationId !== input.organisationId) return false;
		if (!(await markRevoked(tx, inv.id, now))) return false;
		await audit(tx, input.actorUserId, 'invitation_revoke', inv.organisationId, { invitationId: inv.id, email: inv.email });
		return true;
	});
}

export type InvitationView = {
	state: 'open' | 'expired' | 'accepted' | 'revoked';
	email: string;
	role: OrganisationRole;
	organisation: { id: string; slug: string; name: string };
};

/** What the invitation link shows; null for an unknown or malformed token. */
export async function invitationByToken(db: Db, token: string, now = new Date()): Promise<InvitationView | null> {
	if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
	const inv = await findInvitationByTokenHash(db, hashToken(token));
	if (!inv) return null;
	const state = inv.acceptedAt ? 'accepted' : inv.revokedAt ? 'revoked' : inv.expiresAt <= now ? 'expired' : 'open';
	return { state, email: inv.email, role: inv.role, organisation: { id: inv.organisationId, slug: inv.organisationSlug, name: inv.organisationName } };
}

export type AcceptResult = { ok: true; organisationSlug: string } | { ok: false; reason: 'invalid' | 'expired' | 'accepted' | 'revoked' | 'wrong_account' };

/**
 * Joins the workspace. The signed-in account's address must be the invited one (accounts only
 * exist with a confirmed address, so this proves the link reached its owner). An existing
 * coordinator invited as editor stays coordinator: an invitation never demotes.
 */
export async function acceptInvitation(db: Db, input: { userId: string; email: string; token: string }, now = new Date()): Promise<AcceptResult> {
	if (!/^[A-Za-z0-9_-]{20,100}$/.test(input.token)) return { ok: false, reason: 'invalid' };
	return db.transaction(async (tx) => {
		const inv = await findInvitationByTokenHash(tx, hashToken(input.token));
		if (!inv) return { ok: false, reason: 'invalid' };
		if (inv.acceptedAt) return { ok: false, reason: 'accepted' };
		if (inv.revokedAt) return { ok: false, reason: 'revoked' };
		if (inv.expiresAt <= now) return { ok: false, reason: 'expired' };
		if (normaliseEmail(input.email) !== inv.email) return { ok: false, reason: 'wrong_account' };
		if (!(await markAccepted(tx, inv.id, input.userId, now))) return { ok: false, reason: 'accepted' };
		const current = await findMember(tx, inv.organisationId, input.userId);
		const role = current?.role === 'coordinator' ? 'coordinator' : inv.role;
		await upsertMember(tx, { organisationId: inv.organisationId, userId: input.userId, role, addedBy: null });
		await audit(tx, input.userId, 'invitation_accept', inv.organisationId, { invitationId: inv.id, role });
		return { ok: true, organisationSlug: inv.organisationSlug };
	});
}

export type AddStaffResult = { ok: true; outcome: 'added' | 'changed' | 'same' } | { ok: true; outcome: 'invited'; token: string } | { ok: false; reason: 'invalid_email' | 'not_found' };

/**
 * An admin adds staff: an existing account joins at once (or gets the new role); an address
 * without an account gets an invitation instead, so nobody is added without their knowledge of it.
 */
export async function addStaff(
	db: Db,
	input: { actorUserId: string; organisationId: string; email: string; role: OrganisationRole; locale: string }
): Promise<AddStaffResult> {
	const email = normaliseEmail(input.email);
	if (!email) return { ok: false, reason: 'invalid_email' };
	const account = await findUserByEmail(db, email);
	if (!account || account.deletedAt) {
		const invited = await inviteColleague(db, { ...input, email });
		return invited.ok ? { ok: true, outcome: 'invited', token: invited.token } : { ok: false, reason: invited.reason === 'already_member' ? 'not_found' : invited.reason };
	}
	return db.transaction(async (tx) => {
		if (!(await findWorkspaceOrganisationById(tx, input.organisationId))) return { ok: false, reason: 'not_found' };
		const outcome = await upsertMember(tx, { organisationId: input.organisationId, userId: account.id, role: input.role, addedBy: input.actorUserId });
		if (outcome !== 'same') await audit(tx, input.actorUserId, 'staff_add', input.organisationId, { userId: account.id, role: input.role, outcome });
		return { ok: true, outcome };
	});
}

export type StaffChangeResult = { ok: true } | { ok: false; reason: 'not_found' | 'last_coordinator' };

/** Changes a member's role or removes them; the last coordinator stays (someone must run the team). */
export async function changeStaff(
	db: Db,
	input: { actorUserId: string; organisationId: string; memberId: string; role: OrganisationRole | null }
): Promise<StaffChangeResult> {
	return db.transaction(async (tx) => {
		const member = await findMemberById(tx, input.memberId);
		if (!member || member.organisationId !== input.organisationId) return { ok: false, reason: 'not_found' };
		const losesCoordinator = member.role === 'coordinator' && input.role !== 'coordinator';
		if (losesCoordinator && (await countCoordinators(tx, input.organisationId)) <= 1) return { ok: false, reason: 'last_coordinator' };
		if (input.role === null) await deleteMember(tx, member.id);
		else await upsertMember(tx, { organisationId: member.organisationId, userId: member.userId, role: input.role, addedBy: input.actorUserId });
		await audit(tx, input.actorUserId, input.role === null ? 'staff_remove' : 'staff_role', input.organisationId, { userId: member.userId, from: member.role, to: input.role });
		return { ok: true };
	});
}
