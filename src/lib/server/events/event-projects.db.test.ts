import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { openTestDb } from '../db/test-db';
import type { DbHandle } from '../db/client';
import { participations } from '../db/schema';
import { eventSchema } from '$lib/forms/events';
import { parseWith } from '$lib/forms/parse';
import { parseCalendarParams } from '$lib/events/calendar-query';
import { addTestOrganisation, addUser } from '../people/test-fixtures';
import { insertProject } from '../projects/projects-repository';
import { personForEmail } from '../people/flow';
import { insertParticipation } from '../participation/participations-repository';
import { resolveEventForm } from './event-input';
import { findEvent } from './events-repository';
import { createEvent, saveEvent } from './manage-flow';
import { calendar, calendarOptions, eventPage } from './queries';
import { projectChoices } from './event-projects';
import { eventFormValues } from './workspace-queries';

let h: DbHandle;
let org: string;
let otherOrg: string;
let ownProject: string;
let secondProject: string;
let foreignProject: string;

const project = (organisationId: string, slug: string, title: string) =>
	insertProject(h.db, {
		organisationId,
		slug,
		number: null,
		title: { lv: title, en: `${title} (en)` },
		summary: { lv: title },
		programme: null,
		subMeasure: null,
		funder: null,
		acknowledgement: null,
		goals: null,
		startsOn: '2026-01-01',
		endsOn: null,
		website: null,
		status: 'published',
		sortKey: title.toLowerCase(),
		createdBy: null,
		now: new Date()
	});

/** The organiser's form as the browser sends it (a week ahead, a venue, optionally a project). */
function form(extra: Record<string, unknown> = {}) {
	const day = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
	const parsed = parseWith(eventSchema, { submission: randomUUID(), title: { lv: 'Projekta seminārs' }, kind: 'seminar', startDate: day, startTime: '10:00', endTime: '12:00', timeZone: 'Europe/Riga', address: 'Skolas iela 1, Ogre', ...extra });
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return parsed.data;
}

beforeAll(async () => {
	h = await openTestDb();
	org = await addTestOrganisation(h.db, 't-evproj-org');
	otherOrg = await addTestOrganisation(h.db, 't-evproj-other');
	await addUser(h.db, 'evproj-coord', 'evproj@example.lv');
	ownProject = await project(org, 't-evproj-sadarbiba', 'Sadarbības projekts');
	secondProject = await project(org, 't-evproj-otrs', 'Amatnieku skola');
	foreignProject = await project(otherOrg, 't-evproj-sveshs', 'Cita projekts');
});
afterAll(async () => h?.close());

describe('an event’s project', () => {
	it('the form offers only the organisation’s own projects, in Latvian order', async () => {
		const choices = await projectChoices(h.db, org, 'lv');
		expect(choices).toEqual([
			{ value: secondProject, label: 'Amatnieku skola' },
			{ value: ownProject, label: 'Sadarbības projekts' }
		]);
	});

	it('a chosen project is saved on create, shown on edit and on the public page, and changes on update with the participations', async () => {
		const resolved = await resolveEventForm(h.db, form({ project: ownProject }), org);
		if (!resolved.ok) throw new Error(JSON.stringify(resolved.errors));
		const { id } = await createEvent(h.db, { organisationId: org, actorUserId: 'evproj-coord', submissionId: randomUUID(), publish: true, value: resolved.value });
		const created = (await findEvent(h.db, id))!;
		expect(created.projectId).toBe(ownProject);
		expect((await eventFormValues(h.db, created)).project).toBe(ownProject);
		const page = await eventPage(h.db, created.slug, 'en', 'https://tuvuma.test');
		expect(page?.project).toEqual({ slug: 't-evproj-sadarbiba', title: 'Sadarbības projekts (en)' });

		const person = await personForEmail(h.db, { email: 'evproj-dalibnieks@example.lv', locale: 'lv' });
		await insertParticipation(h.db, { personId: person.id, activityKind: 'event', activityId: id, organisationId: org, projectId: ownProject, activityStartsAt: created.startsAt, registration: 'registered', attendance: 'unknown', at: new Date() });
		const moved = await resolveEventForm(h.db, form({ project: secondProject }), org);
		if (!moved.ok) throw new Error(JSON.stringify(moved.errors));
		expect(await saveEvent(h.db, { eventId: id, organisationId: org, actorUserId: 'evproj-coord', publish: false, value: moved.value })).toBe(true);
		expect((await findEvent(h.db, id))!.projectId).toBe(secondProject);
		const rows = await h.db.select({ projectId: participations.projectId }).from(participations).where(eq(participations.activityId, id));
		expect(rows).toEqual([{ projectId: secondProject }]);

		const cleared = await resolveEventForm(h.db, form({ project: '' }), org);
		if (!cleared.ok) throw new Error(JSON.stringify(cleared.errors));
		await saveEvent(h.db, { eventId: id, organisationId: org, actorUserId: 'evproj-coord', publish: false, value: cleared.value });
		expect((await findEvent(h.db, id))!.projectId).toBeNull();
		expect((await eventPage(h.db, created.slug, 'lv', 'https://tuvuma.test'))?.project).toBeNull();
	});

	it('another organisation’s project, or a made-up id, is a field error, not a saved event', async () => {
		for (const value of [foreignProject, randomUUID(), 'nav-projekts']) {
			const resolved = await resolveEventForm(h.db, form({ project: value }), org);
			expect(resolved).toEqual({ ok: false, errors: { project: 'event_project' } });
		}
	});
});

describe('the calendar by project', () => {
	it('filters by the project’s slug and still by an older link’s uuid; an unknown project shows nothing', async () => {
		const resolved = await resolveEventForm(h.db, form({ project: ownProject, title: { lv: 'Kalendāra seminārs' } }), org);
		if (!resolved.ok) throw new Error(JSON.stringify(resolved.errors));
		const { id } = await createEvent(h.db, { organisationId: org, actorUserId: 'evproj-coord', submissionId: randomUUID(), publish: true, value: resolved.value });
		const now = new Date();
		const by = async (q: string) => (await calendar(h.db, parseCalendarParams(new URLSearchParams(q), now), now)).rows.map((r) => r.id);
		expect(await by('projekts=t-evproj-sadarbiba')).toEqual([id]);
		expect(await by(`projekts=${ownProject}`)).toEqual([id]);
		expect(await by('projekts=t-evproj-otrs')).toEqual([]);
		expect(await by('projekts=nav-tada-projekta')).toEqual([]);
		const options = await calendarOptions(h.db, 'lv');
		expect(options.projects).toContainEqual({ value: 't-evproj-sadarbiba', id: ownProject, label: 'Sadarbības projekts' });
		expect(options.projects.map((p) => p.value)).not.toContain('t-evproj-otrs');
	});
});
