import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDb } from '../db/test-db';
import type { DbHandle } from '../db/client';
import { mailOutbox, organisationMembers, people } from '../db/schema';
import { can } from '../auth/permissions';
import { loadPrincipal } from '../auth/principal';
import { collectPersonalData } from '../auth/personal-data';
import { deleteAccount } from '../auth/account-deletion';
import { personForUser } from '../people/flow';
import { addTestOrganisation, addUser, takePart } from '../people/test-fixtures';
import { acceptInvitation, addStaff, changeStaff, invitationByToken, inviteColleague, revokeInvitation } from './team-flow';
import { listStaff } from './members-repository';

let h: DbHandle;
let org: string;
let otherOrg: string;
beforeAll(async () => {
	h = await openTestDb();
	org = await addTestOrganisation(h.db, 't-pieriga', 'Pierīgas partnerība');
	otherOrg = await addTestOrganisation(h.db, 't-lielupe', 'Lielupe');
	await addUser(h.db, 'u-admin', 'admin@example.lv');
	await addUser(h.db, 'u-koord', 'koord@example.lv', 'Koordinatore');
	await addUser(h.db, 'u-cits', 'cits@example.lv');
});
afterAll(async () => h?.close());

const principalOf = async (id: string, email: string) => loadPrincipal(h.db, { id, email, emailVerified: true });

describe('the team of a workspace', () => {
	it('an admin adds a coordinator; the principal then holds the organisation reach for that organisation only', async () => {
		expect(await addStaff(h.db, { actorUserId: 'u-admin', organisationId: org, email: 'Koord@Example.lv', role: 'coordinator', locale: 'lv' })).toEqual({ ok: true, outcome: 'added' });
		const p = await principalOf('u-koord', 'koord@example.lv');
		expect(p.memberships).toEqual([{ organisationId: org, slug: 't-pieriga', role: 'coordinator' }]);
		expect(can(p, 'create:invitation', { organisationId: org })).toBe(true);
		expect(can(p, 'create:invitation', { organisationId: otherOrg })).toBe(false);
	});

	it('a coordinator invites an editor; the mail’s link is accepted only by an account with that address, once', async () => {
		const sent = await inviteColleague(h.db, { actorUserId: 'u-koord', organisationId: org, email: 'Redaktors@Example.lv', role: 'editor', locale: 'en' });
		expect(sent.ok).toBe(true);
		const token = sent.ok ? sent.token : '';
		const [mail] = await h.db.select({ subject: mailOutbox.subject, text: mailOutbox.text }).from(mailOutbox).where(eq(mailOutbox.to, 'redaktors@example.lv'));
		expect(mail.subject).toBe('Invitation to join the team of Pierīgas partnerība');
		expect(mail.text).toContain(`/en/ielugums?token=${token}`);
		expect(await invitationByToken(h.db, token)).toMatchObject({ state: 'open', email: 'redaktors@example.lv', role: 'editor' });

		expect(await acceptInvitation(h.db, { userId: 'u-cits', email: 'cits@example.lv', token })).toEqual({ ok: false, reason: 'wrong_account' });
		await addUser(h.db, 'u-red', 'redaktors@example.lv');
		expect(await acceptInvitation(h.db, { userId: 'u-red', email: 'redaktors@example.lv', token })).toEqual({ ok: true, organisationSlug: 't-pieriga' });
		expect(await acceptInvitation(h.db, { userId: 'u-red', email: 'redaktors@example.lv', token })).toEqual({ ok: false, reason: 'accepted' });
		const p = await principalOf('u-red', 'redaktors@example.lv');
		expect(can(p, 'create:project', { organisationId: org })).toBe(true);
		expect(can(p, 'delete:project', { organisationId: org })).toBe(false);
	});

	it('inviting again renews the invitation (the old link stops working); a withdrawn one cannot be accepted', async () => {
		const first = await inviteColleague(h.db, { actorUserId: 'u-koord', organisationId: org, email: 'jauns@example.lv', role: 'editor', locale: 'lv' });
		const second = await inviteColleague(h.db, { actorUserId: 'u-koord', organisationId: org, email: 'jauns@example.lv', role: 'coordinator', locale: 'lv' });
		if (!first.ok || !second.ok) throw new Error('invitations failed');
		expect(await invitationByToken(h.db, first.token)).toBeNull();
		expect(await invitationByToken(h.db, second.token)).toMatchObject({ role: 'coordinator', state: 'open' });
		const view = await invitationByToken(h.db, second.token);
		expect(view).not.toBeNull();
		const { listOpenInvitations } = await import('./invitations-repository');
		const [open] = (await listOpenInvitations(h.db, org, new Date())).filter((i) => i.email === 'jauns@example.lv');
		expect(await revokeInvitation(h.db, { actorUserId: 'u-koord', organisationId: otherOrg, invitationId: open.id })).toBe(false);
		expect(await revokeInvitation(h.db, { actorUserId: 'u-koord', organisationId: org, invitationId: open.id })).toBe(true);
		await addUser(h.db, 'u-jauns', 'jauns@example.lv');
		expect(await acceptInvitation(h.db, { userId: 'u-jauns', email: 'jauns@example.lv', token: second.token })).toEqual({ ok: false, reason: 'revoked' });
	});

	it('an already-member address is refused; an admin adding an address without an account sends an invitation', async () => {
		expect(await inviteColleague(h.db, { actorUserId: 'u-koord', organisationId: org, email: 'redaktors@example.lv', role: 'editor', locale: 'lv' })).toEqual({ ok: false, reason: 'already_member' });
		const r = await addStaff(h.db, { actorUserId: 'u-admin', organisationId: otherOrg, email: 'nav-konta@example.lv', role: 'coordinator', locale: 'lv' });
		expect(r).toMatchObject({ ok: true, outcome: 'invited' });
	});

	it('the last coordinator can be neither removed nor demoted; an editor can be removed', async () => {
		const staff = await listStaff(h.db, org);
		const coordinator = staff.find((s) => s.userId === 'u-koord')!;
		const editor = staff.find((s) => s.userId === 'u-red')!;
		expect(await changeStaff(h.db, { actorUserId: 'u-admin', organisationId: org, memberId: coordinator.id, role: 'editor' })).toEqual({ ok: false, reason: 'last_coordinator' });
		expect(await changeStaff(h.db, { actorUserId: 'u-admin', organisationId: org, memberId: coordinator.id, role: null })).toEqual({ ok: false, reason: 'last_coordinator' });
		expect(await changeStaff(h.db, { actorUserId: 'u-admin', organisationId: otherOrg, memberId: editor.id, role: null })).toEqual({ ok: false, reason: 'not_found' });
		expect(await changeStaff(h.db, { actorUserId: 'u-admin', organisationId: org, memberId: editor.id, role: null })).toEqual({ ok: true });
		expect((await principalOf('u-red', 'redaktors@example.lv')).memberships).toEqual([]);
	});
});

describe('GDPR', () => {
	it('the download names the person, their participations and memberships; deletion anonymises the person and ends the memberships', async () => {
		const person = await personForUser(h.db, { id: 'u-koord', email: 'koord@example.lv', name: 'Koordinatore', locale: 'lv' });
		await takePart(h.db, { personId: person.id, organisationId: otherOrg, attendance: 'attended' });
		const data = await collectPersonalData(h.db, 'u-koord');
		expect(data.people).toEqual([expect.objectContaining({ id: person.id, email: 'koord@example.lv' })]);
		expect(data.participations).toEqual([expect.objectContaining({ organisation: 'Lielupe', attendance: 'attended' })]);
		expect(data.workspaceMemberships).toEqual([{ organisation: 'Pierīgas partnerība', role: 'coordinator' }]);

		await deleteAccount(h.db, 'u-koord');
		const [row] = await h.db.select({ email: people.email, userId: people.userId, anonymisedAt: people.anonymisedAt }).from(people).where(eq(people.id, person.id));
		expect(row).toMatchObject({ email: null, userId: null });
		expect(row.anonymisedAt).toBeInstanceOf(Date);
		expect(await h.db.select({ id: organisationMembers.id }).from(organisationMembers).where(eq(organisationMembers.userId, 'u-koord'))).toEqual([]);
	});
});
