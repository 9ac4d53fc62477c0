import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '../db/client';
import { auditLog, mentors, people, territories } from '../db/schema';
import { openTestDb } from '../db/test-db';
import { findTerritoryBySlug } from '../geography/territories-repository';
import { addProducer } from '../geography/test-fixtures';
import { confirmMatch } from '../matching/match-flow';
import { addMatchingCohort } from '../matching/test-seed';
import { anonymisePerson, mergePeople } from '../people/flow';
import { addTestOrganisation, addUser } from '../people/test-fixtures';
import { addMentor, removeMentor, saveMentorProfile } from './flow';
import { mentorProfileSchema } from './mentor-input';
import { findMentor, listMentorsOfOrganisation, searchProducersByName } from './mentors-repository';
import { MENTOR_COLLECTORS, MENTOR_ERASERS } from './personal-data';

let h: DbHandle;
let org: string;
let otherOrg: string;
const STAFF = 'u-mentor-staff';

beforeAll(async () => {
	h = await openTestDb();
	org = await addTestOrganisation(h.db, 'mentor-org');
	otherOrg = await addTestOrganisation(h.db, 'mentor-other');
	await addUser(h.db, STAFF, 'mentor-staff@example.lv');
});
afterAll(async () => h?.close());

const who = (organisationId = org) => ({ actorUserId: STAFF, organisationId });
const profile = (over: Record<string, unknown> = {}) => mentorProfileSchema.parse({ languages: ['lv', 'en'], capacity: '3', active: 'on', ...over });

describe('the mentor pool', () => {
	it('adds a person by address once (found or created by the people module), edits the profile and audits both', async () => {
		const a = await addMentor(h.db, { ...who(), name: 'Inese Ozola', email: 'Inese.Ozola@Example.lv', locale: 'lv' });
		expect(a.ok).toBe(true);
		// the same address again is the same person: no second mentor
		expect(await addMentor(h.db, { ...who(), name: 'Inese', email: 'inese.ozola@example.lv', locale: 'lv' })).toEqual({ ok: false, reason: 'exists', id: a.id });
		const [ogre, kekava] = await Promise.all([findTerritoryBySlug(h.db, 'municipality', 'ogres-novads'), findTerritoryBySlug(h.db, 'municipality', 'kekavas-novads')]);
		const producer = { id: await addProducer(h.db, { slug: 'ozolu-drava', name: 'Ozolu drava', municipality: 'ogres-novads' }), name: 'Ozolu drava' };
		expect((await searchProducersByName(h.db, producer.name.slice(0, 6))).map((p) => p.id)).toContain(producer.id);

		const input = profile({ sectors: ['medus', 'social:education'], homeMunicipalityId: String(ogre!.id), alsoMunicipalityIds: [String(kekava!.id), String(ogre!.id)], producerId: producer.id, bio: { lv: 'Biškope', en: 'Beekeeper' }, experience: '20 gadi' });
		expect(await saveMentorProfile(h.db, { ...who(), mentorId: a.id, input })).toEqual({ ok: true });
		const row = (await findMentor(h.db, a.id))!;
		expect(row).toMatchObject({ name: 'Inese Ozola', email: 'inese.ozola@example.lv', sectors: ['medus', 'social:education'], municipalityIds: [ogre!.id, kekava!.id], languages: ['lv', 'en'], capacity: 3, producerId: producer.id, bio: { lv: 'Biškope', en: 'Beekeeper' } });
		expect((await listMentorsOfOrganisation(h.db, org)).map((t) => t.id)).toContain(a.id);
		const actions = (await h.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, a.id))).map((r) => r.action);
		expect(actions).toEqual(expect.arrayContaining(['mentor.create', 'mentor.update']));
	});

	it('refuses a municipality that is not one, an unpublished listing, and another organisation’s mentor', async () => {
		const a = await addMentor(h.db, { ...who(), name: 'Pēteris', email: 'peteris-mentor@example.lv', locale: 'lv' });
		const [parish] = await h.db.select({ id: territories.id }).from(territories).where(eq(territories.kind, 'parish')).limit(1);
		expect(await saveMentorProfile(h.db, { ...who(), mentorId: a.id, input: profile({ homeMunicipalityId: String(parish!.id) }) })).toEqual({ ok: false, reason: 'invalid', errors: { homeMunicipalityId: 'invalid' } });
		expect(await saveMentorProfile(h.db, { ...who(), mentorId: a.id, input: profile({ producerId: '00000000-0000-4000-8000-000000000000' }) })).toEqual({ ok: false, reason: 'invalid', errors: { producerId: 'invalid' } });
		expect(await saveMentorProfile(h.db, { ...who(otherOrg), mentorId: a.id, input: profile() })).toEqual({ ok: false, reason: 'not_found' });
		expect(await removeMentor(h.db, { ...who(otherOrg), mentorId: a.id })).toEqual({ ok: false, reason: 'not_found' });
		expect(mentorProfileSchema.safeParse({ languages: [], capacity: '2' }).success).toBe(false);
		expect(mentorProfileSchema.safeParse({ languages: ['lv'], capacity: '-1' }).success).toBe(false);
	});

	it('deletes a mentor without pairs; one with pairs stays (deactivate instead)', async () => {
		const free = await addMentor(h.db, { ...who(), name: 'Bez pāriem', email: 'free-mentor@example.lv', locale: 'lv' });
		expect(await removeMentor(h.db, { ...who(), mentorId: free.id })).toEqual({ ok: true });
		expect(await findMentor(h.db, free.id)).toBeNull();

		const busy = await addMentor(h.db, { ...who(), name: 'Ar pāri', email: 'busy-mentor@example.lv', locale: 'lv' });
		await saveMentorProfile(h.db, { ...who(), mentorId: busy.id, input: profile() });
		const { cohortId, applicationIds } = await addMatchingCohort(h.db, { organisationId: org, slug: 'mentor-del', mentees: [{ email: 'del-mentee@example.lv', name: 'M', sectors: [], municipality: null, languages: ['lv'], needs: '' }] });
		expect((await confirmMatch(h.db, { ...who(), cohortId, applicationId: applicationIds[0], mentorId: busy.id, mode: 'proposal' })).ok).toBe(true);
		expect(await removeMentor(h.db, { ...who(), mentorId: busy.id })).toEqual({ ok: false, reason: 'has_pairs' });
	});

	it('is in the account’s download, and erasing or anonymising clears the profile but keeps the row', async () => {
		await addUser(h.db, 'u-mentor-self', 'self-mentor@example.lv');
		const a = await addMentor(h.db, { ...who(), name: 'Pati', email: 'self-mentor@example.lv', locale: 'lv' });
		await saveMentorProfile(h.db, { ...who(), mentorId: a.id, input: profile({ bio: { lv: 'Mans stāsts' }, experience: 'Daudz', availability: 'Vakaros' }) });
		const collected = (await MENTOR_COLLECTORS[0].collect(h.db, 'u-mentor-self')) as { id: string; bio: { lv: string } }[];
		expect(collected.map((c) => [c.id, c.bio.lv])).toEqual([[a.id, 'Mans stāsts']]);
		await h.db.transaction((tx) => MENTOR_ERASERS[0].erase(tx, 'u-mentor-self'));
		const [row] = await h.db.select({ bio: mentors.bio, experience: mentors.experience, availability: mentors.availability, active: mentors.active }).from(mentors).where(eq(mentors.id, a.id));
		expect(row).toEqual({ bio: { lv: '' }, experience: '', availability: '', active: false });

		const b = await addMentor(h.db, { ...who(), name: 'Cits', email: 'anon-mentor@example.lv', locale: 'lv' });
		await saveMentorProfile(h.db, { ...who(), mentorId: b.id, input: profile({ experience: 'Privāti' }) });
		const personId = (await findMentor(h.db, b.id))!.personId;
		await h.db.transaction((tx) => anonymisePerson(tx, personId));
		expect((await findMentor(h.db, b.id))!.experience).toBe('');
		const [p] = await h.db.select({ email: people.email }).from(people).where(eq(people.id, personId));
		expect(p.email).toBeNull();
	});

	it('a merge moves the profile to the survivor; where both were mentors the survivor keeps theirs', async () => {
		const a = await addMentor(h.db, { ...who(), name: 'Anna', email: 'merge-a@example.lv', locale: 'lv' });
		const b = await addMentor(h.db, { ...who(), name: 'Anna B', email: 'merge-b@example.lv', locale: 'lv' });
		const elsewhere = await addMentor(h.db, { ...who(otherOrg), name: 'Anna B', email: 'merge-b@example.lv', locale: 'lv' });
		const [pa, pb] = [(await findMentor(h.db, a.id))!.personId, (await findMentor(h.db, b.id))!.personId];
		expect(await mergePeople(h.db, { actorUserId: STAFF, organisationId: null, survivorId: pa, mergedId: pb })).toMatchObject({ ok: true, moved: { mentors: 1 } });
		// the other organisation's profile now names the survivor; in this one the merged profile stays, inactive
		expect((await findMentor(h.db, elsewhere.id))!.personId).toBe(pa);
		expect((await findMentor(h.db, b.id))!).toMatchObject({ personId: pb, active: false });
		expect((await findMentor(h.db, a.id))!.personId).toBe(pa);
	});
});
