import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { formValues, parseWith, typedValues } from '$lib/forms/parse';
import { requirePermission } from '$lib/server/auth/authorize';
import { can } from '$lib/server/auth/permissions';
import { db } from '$lib/server/db/bootstrap';
import { municipalities, sectorGroups } from '$lib/server/mentors/choices';
import { removeMentor, saveMentorProfile } from '$lib/server/mentors/flow';
import { mentorProfileSchema } from '$lib/server/mentors/mentor-input';
import { findMentor, mentorLoads, searchProducersByName } from '$lib/server/mentors/mentors-repository';
import { workspaceOf, workspaceScope } from '$lib/server/workspace/access';
import { workspacePath } from '$lib/server/workspace/sections';

/**
 * One mentor's profile. The directory listing is found without JavaScript: a small GET form
 * (`?sludinajums=`) lists matching producers as choices inside the profile form.
 */
export const load: PageServerLoad = async (event) => {
	const organisation = await workspaceOf(event);
	const principal = await requirePermission(event, 'read:workspace', { organisationId: organisation.id });
	const mentor = isUuid(event.params.id) ? await findMentor(db(), event.params.id) : null;
	if (!mentor || mentor.organisationId !== organisation.id) error(404, 'Not found');
	const lang = event.params.lang;
	const query = event.url.searchParams.get('sludinajums')?.trim().slice(0, 100) ?? '';
	const [groups, munis, found, loads] = await Promise.all([sectorGroups(db(), lang), municipalities(db(), lang), searchProducersByName(db(), query), mentorLoads(db(), [mentor.id])]);
	const scope = { organisationId: organisation.id };
	return {
		mentor: { id: mentor.id, name: mentor.name ?? '—', email: mentor.email, load: loads.get(mentor.id) ?? 0, listing: mentor.producerId ? { id: mentor.producerId, name: mentor.producerName ?? '', slug: mentor.producerSlug ?? '' } : null },
		values: {
			producerId: mentor.producerId ?? '',
			'bio.lv': mentor.bio.lv ?? '',
			'bio.en': mentor.bio.en ?? '',
			'bio.ro': mentor.bio.ro ?? '',
			'bio.ru': mentor.bio.ru ?? '',
			sectors: mentor.sectors,
			homeMunicipalityId: mentor.municipalityIds[0] ? String(mentor.municipalityIds[0]) : '',
			alsoMunicipalityIds: mentor.municipalityIds.slice(1).map(String),
			languages: mentor.languages,
			experience: mentor.experience,
			capacity: String(mentor.capacity),
			availability: mentor.availability,
			active: mentor.active ? 'on' : ''
		} as Record<string, string | string[]>,
		sectorGroups: groups,
		municipalities: munis.map((mu) => ({ value: String(mu.id), label: mu.name })),
		query,
		found,
		isNew: event.url.searchParams.has('jauns'),
		existed: event.url.searchParams.has('jau'),
		saved: event.url.searchParams.has('saglabats'),
		canEdit: can(principal, 'update:mentor', scope),
		canDelete: can(principal, 'delete:mentor', scope)
	};
};

/** A malformed id is a 404 before any query (the database would refuse it as a uuid). */
const isUuid = (id: string) => z.uuid().safeParse(id).success;

export const actions: Actions = {
	save: async (event) => {
		const principal = await requirePermission(event, 'update:mentor', () => workspaceScope(event));
		const organisation = await workspaceOf(event);
		if (!isUuid(event.params.id)) error(404, 'Not found');
		const form = await event.request.formData();
		const parsed = parseWith(mentorProfileSchema, formValues(form));
		if (!parsed.ok) return fail(400, { values: typedValues(form), errors: parsed.errors });
		const result = await saveMentorProfile(db(), { actorUserId: principal.userId, organisationId: organisation.id, mentorId: event.params.id, input: parsed.data });
		if (!result.ok && result.reason === 'not_found') error(404, 'Not found');
		if (!result.ok) return fail(400, { values: typedValues(form), errors: result.reason === 'invalid' ? result.errors : {} });
		redirect(303, `${workspacePath(event.params.lang, organisation.slug, 'mentori')}/${event.params.id}?saglabats=1`);
	},
	delete: async (event) => {
		const principal = await requirePermission(event, 'delete:mentor', () => workspaceScope(event));
		const organisation = await workspaceOf(event);
		if (!isUuid(event.params.id)) error(404, 'Not found');
		const result = await removeMentor(db(), { actorUserId: principal.userId, organisationId: organisation.id, mentorId: event.params.id });
		if (!result.ok && result.reason === 'not_found') error(404, 'Not found');
		if (!result.ok) return fail(409, { removeRefused: true });
		redirect(303, workspacePath(event.params.lang, organisation.slug, 'mentori'));
	}
};
