/**
 * People flows (decision 006): find or create the person behind an address or an account, merge
 * two people, anonymise. Every function takes the caller's transaction (or opens its own), so a
 * registration and its person key commit together.
 */
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/audit-repository';
import { people } from '../db/schema';
import type { Db } from '../db/types';
import { planParticipationMerge } from '../participation/domain';
import {
	deleteParticipations,
	listParticipationsOfPerson,
	moveParticipations,
	personTookPartIn,
	setStatuses
} from '../participation/participations-repository';
import { deleteConfirmationsOf } from './confirmations-repository';
import { anonymisedPerson, normaliseEmail, planPersonMerge, type MergeRefusal } from './domain';
import { insertMerge } from './merges-repository';
import {
	findPersonByEmail,
	findPersonById,
	findPersonByUser,
	insertPersonIfAbsent,
	listMergedInto,
	lockPeople,
	updatePerson,
	type PersonRow
} from './people-repository';
import { personReferences } from './references';

export class InvalidEmailError extends Error {
	constructor() {
		super('Not an e-mail address');
	}
}

/** A merged row answers for its survivor (its address is an alias of the survivor's). */
async function survivorOf(db: Db, row: PersonRow): Promise<PersonRow> {
	let current = row;
	for (let hops = 0; current.mergedIntoId && hops < 8; hops++) {
		const next = await findPersonById(db, current.mergedIntoId);
		if (!next) break;
		current = next;
	}
	return current;
}

/**
 * The person behind an address, created when new (unconfirmed). Throws InvalidEmailError for
 * something that is not an address — forms check first, so this is a programming error there.
 */
export async function personForEmail(db: Db, input: { email: string; name?: string | null; locale: string }): Promise<PersonRow> {
	const email = normaliseEmail(input.email);
	if (!email) throw new InvalidEmailError();
	const found = await findPersonByEmail(db, email);
	const row = found ? await survivorOf(db, found) : await insertPersonIfAbsent(db, { email, name: input.name?.trim() || null, locale: input.locale });
	if (!row.name && input.name?.trim()) {
		await updatePerson(db, row.id, { name: input.name.trim() });
		return { ...row, name: input.name.trim() };
	}
	return row;
}

/**
 * The person an account is: the linked row, else the row of its (confirmed) address, linked now,
 * else a new confirmed row. Accounts only exist with a confirmed address, so the person is
 * confirmed from then on.
 */
export async function personForUser(db: Db, u: { id: string; email: string; name: string; locale: string }, now = new Date()): Promise<PersonRow> {
	const linked = await findPersonByUser(db, u.id);
	if (linked) return linked;
	const email = normaliseEmail(u.email);
	if (!email) throw new InvalidEmailError();
	const found = await findPersonByEmail(db, email);
	const row = found ? await survivorOf(db, found) : await insertPersonIfAbsent(db, { email, name: u.name || null, locale: u.locale, userId: u.id });
	if (row.userId && row.userId !== u.id) return row; // someone else's account already owns the survivor; never re-link
	const set = { userId: u.id, confirmedAt: row.confirmedAt ?? now, name: row.name ?? (u.name || null) };
	await updatePerson(db, row.id, set);
	return { ...row, ...set };
}

export type MergeResult = { ok: true; moved: Record<string, number> } | { ok: false; reason: MergeRefusal | 'not_found' | 'outside_organisation' };

/**
 * A coordinator merges a duplicate into the person who stays. Participations move (one row per
 * activity: a shared activity keeps the stronger statuses), every registered reference moves,
 * the merged row keeps its address as an alias pointing at the survivor, and the merge is
 * recorded. In a workspace both people must have taken part in that organisation's activities.
 */
export async function mergePeople(db: Db, input: { actorUserId: string; organisationId: string | null; survivorId: string; mergedId: string }): Promise<MergeResult> {
	return db.transaction(async (tx) => {
		const rows = await lockPeople(tx, [input.survivorId, input.mergedId]);
		const survivor = rows.find((r) => r.id === input.survivorId);
		const merged = rows.find((r) => r.id === input.mergedId);
		if (!survivor || !merged) return { ok: false, reason: input.survivorId === input.mergedId && survivor ? 'same_person' : 'not_found' };
		if (input.organisationId) {
			const inside = (await personTookPartIn(tx, survivor.id, input.organisationId)) && (await personTookPartIn(tx, merged.id, input.organisationId));
			if (!inside) return { ok: false, reason: 'outside_organisation' };
		}
		const plan = planPersonMerge(survivor, merged);
		if (!plan.ok) return plan;

		const moves = planParticipationMerge(await listParticipationsOfPerson(tx, survivor.id), await listParticipationsOfPerson(tx, merged.id));
		for (const u of moves.update) await setStatuses(tx, u.id, u);
		await deleteParticipations(tx, moves.drop);
		await moveParticipations(tx, moves.move, survivor.id);
		const moved: Record<string, number> = { participations: moves.move.length, participationsFolded: moves.drop.length };
		for (const ref of personReferences()) moved[ref.name] = await ref.move(tx, merged.id, survivor.id);

		// older aliases of the merged person now point straight at the survivor
		await tx.update(people).set({ mergedIntoId: survivor.id, updatedAt: new Date() }).where(eq(people.mergedIntoId, merged.id));
		await updatePerson(tx, merged.id, { mergedIntoId: survivor.id, userId: null, name: null });
		await updatePerson(tx, survivor.id, plan.survivor);
		await insertMerge(tx, { survivorId: survivor.id, mergedId: merged.id, organisationId: input.organisationId, actorUserId: input.actorUserId, moved });
		await recordAudit(tx, {
			actorUserId: input.actorUserId,
			action: 'person.merge',
			entityType: 'person',
			entityId: survivor.id,
			details: { mergedId: merged.id, organisationId: input.organisationId, moved }
		});
		return { ok: true, moved };
	});
}

/**
 * Clears everything personal about a person and their merged aliases — address, name, account
 * link, pending confirmations, and what other features registered — and keeps the ids, so every
 * count still sees one person. Idempotent.
 */
export async function anonymisePerson(tx: Db, personId: string, now = new Date()): Promise<void> {
	const ids = [personId, ...(await listMergedInto(tx, personId))];
	for (const id of ids) {
		await updatePerson(tx, id, anonymisedPerson(now));
		await deleteConfirmationsOf(tx, id);
	}
	for (const ref of personReferences()) await ref.anonymise(tx, ids);
}
