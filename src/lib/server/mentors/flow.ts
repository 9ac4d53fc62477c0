/**
 * Mentor pool flows (issue 17): add a person as a mentor (found or created by address through the
 * people module), edit the profile, remove. Each runs in one transaction with its audit record.
 * The routes authorize first (create/update/delete:mentor with the organisation's reach).
 */
import { and, eq, inArray } from 'drizzle-orm';
import { territories } from '../db/schema';
import type { Db } from '../db/types';
import { recordAudit } from '../audit/audit-repository';
import { personForEmail } from '../people/flow';
import { deleteMentor, findMentor, findMentorOfPerson, insertMentor, mentorMatchCount, producerName, updateMentor, type MentorFields } from './mentors-repository';
import { municipalityList, type MentorProfileInput } from './mentor-input';

type Who = { actorUserId: string; organisationId: string };

export type AddResult = { ok: true; id: string } | { ok: false; reason: 'exists'; id: string };

export async function addMentor(db: Db, who: Who & { name: string; email: string; locale: string }): Promise<AddResult> {
	return db.transaction(async (tx) => {
		const person = await personForEmail(tx, { email: who.email, name: who.name, locale: who.locale });
		const existing = await findMentorOfPerson(tx, who.organisationId, person.id);
		if (existing) return { ok: false, reason: 'exists', id: existing };
		const id = await insertMentor(tx, who.organisationId, person.id, { languages: [who.locale] });
		await recordAudit(tx, { actorUserId: who.actorUserId, action: 'mentor.create', entityType: 'mentor', entityId: id, details: { organisationId: who.organisationId, personId: person.id } });
		return { ok: true, id };
	});
}

export type SaveResult = { ok: true } | { ok: false; reason: 'not_found' } | { ok: false; reason: 'invalid'; errors: Record<string, string> };

/** Only real municipalities and a published listing are kept; anything else is the form's mistake. */
export async function saveMentorProfile(db: Db, who: Who & { mentorId: string; input: MentorProfileInput }): Promise<SaveResult> {
	return db.transaction(async (tx) => {
		const mentor = await findMentor(tx, who.mentorId);
		if (!mentor || mentor.organisationId !== who.organisationId) return { ok: false, reason: 'not_found' };
		const { input } = who;
		const municipalityIds = municipalityList(input);
		const errors: Record<string, string> = {};
		if (municipalityIds.length) {
			const found = await tx.select({ id: territories.id }).from(territories).where(and(inArray(territories.id, municipalityIds), eq(territories.kind, 'municipality')));
			if (found.length !== municipalityIds.length) errors.homeMunicipalityId = 'invalid';
		}
		if (input.producerId && !(await producerName(tx, input.producerId))) errors.producerId = 'invalid';
		if (Object.keys(errors).length) return { ok: false, reason: 'invalid', errors };
		const fields: MentorFields = {
			producerId: input.producerId ?? null,
			bio: { lv: input.bio?.lv ?? '', ...(input.bio?.en ? { en: input.bio.en } : {}), ...(input.bio?.ro ? { ro: input.bio.ro } : {}), ...(input.bio?.ru ? { ru: input.bio.ru } : {}) },
			sectors: [...new Set(input.sectors)],
			municipalityIds,
			languages: [...new Set(input.languages)],
			experience: input.experience ?? '',
			capacity: input.capacity,
			availability: input.availability ?? '',
			active: input.active
		};
		await updateMentor(tx, mentor.id, fields);
		await recordAudit(tx, {
			actorUserId: who.actorUserId,
			action: 'mentor.update',
			entityType: 'mentor',
			entityId: mentor.id,
			details: { organisationId: who.organisationId, capacity: fields.capacity, active: fields.active, sectors: fields.sectors, municipalityIds }
		});
		return { ok: true };
	});
}

export type RemoveResult = { ok: true } | { ok: false; reason: 'not_found' | 'has_pairs' };

/** A mentor who has had pairs stays (their pairs' history needs them): deactivate instead. */
export async function removeMentor(db: Db, who: Who & { mentorId: string }): Promise<RemoveResult> {
	return db.transaction(async (tx) => {
		const mentor = await findMentor(tx, who.mentorId);
		if (!mentor || mentor.organisationId !== who.organisationId) return { ok: false, reason: 'not_found' };
		if ((await mentorMatchCount(tx, mentor.id)) > 0) return { ok: false, reason: 'has_pairs' };
		await deleteMentor(tx, mentor.id);
		await recordAudit(tx, { actorUserId: who.actorUserId, action: 'mentor.delete', entityType: 'mentor', entityId: mentor.id, details: { organisationId: who.organisationId, personId: mentor.personId } });
		return { ok: true };
	});
}
