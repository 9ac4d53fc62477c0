/**
 * Shared by the owner routes of both homes of a profile — a listing's dashboard
 * (`/mans/{id}/sadarbiba`) and an organisation's workspace (`/organizacijas/{slug}/darbs/sadarbiba`):
 * who the owner is, the permission scope, loading the pages and running the form.
 */
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { isUuid } from '$lib/domain/ids';
import { localized } from '$lib/domain/localized';
import { cooperationProfileSchema } from '$lib/forms/cooperation';
import { formValues, parseWith } from '$lib/forms/parse';
import type { ResourceScope } from '../auth/permissions';
import { db } from '../db/bootstrap';
import { producerResource } from '../owner/access';
import { workspaceOf } from '../workspace/access';
import { formChoices, suggestionsFor } from './owner-queries';
import { listProfilesOfOwner, type OwnedProfile, type ProfileOwner } from './profiles-repository';
import { ownedProfile, renewProfile, saveProfile, submitProfile, withdrawProfile } from './write-flow';

type Ev = Pick<RequestEvent, 'params' | 'locals' | 'url'>;

/**
 * The parameters of a profile's owner pages under either home: `id` (a listing's dashboard) or
 * `slug` (an organisation's workspace), never both. The pages' load and actions are typed with
 * these, not with one route's generated `$types`, because both URLs serve the same code.
 */
export type CoopRouteParams = { lang: string; id?: string; slug?: string };

/** The owner the URL names: the listing (`params.id`) or the organisation (`params.slug`). */
export async function ownerOf(event: Pick<RequestEvent, 'params'>): Promise<{ owner: ProfileOwner; base: string }> {
	const lang = event.params.lang ?? 'lv';
	const params = event.params as Record<string, string | undefined>;
	if (params.id) {
		if (!isUuid(params.id)) error(404, 'Not found');
		return { owner: { producerId: params.id }, base: `/${lang}/mans/${params.id}/sadarbiba` };
	}
	const organisation = await workspaceOf(event);
	return { owner: { organisationId: organisation.id }, base: `/${lang}/organizacijas/${organisation.slug}/darbs/sadarbiba` };
}

/** The permission check's resource for the URL's owner. */
export async function coopScope(event: Pick<RequestEvent, 'params'>): Promise<ResourceScope> {
	const params = event.params as Record<string, string | undefined>;
	if (params.id) return producerResource(db(), params.id)();
	return { organisationId: (await workspaceOf(event)).id };
}

export async function listPage(event: Ev) {
	const { owner, base } = await ownerOf(event);
	return { base, profiles: await listProfilesOfOwner(db(), owner), done: event.url.searchParams.get('done') };
}

/** The form's values from a stored profile (strings, as the inputs hold them). */
export function valuesOf(p: OwnedProfile) {
	return {
		direction: p.direction,
		kind: p.kind,
		title: p.title,
		description: p.description,
		categoryIds: p.categoryIds.map(String),
		countries: p.countries,
		regionIds: p.regionIds.map(String),
		languages: p.languages,
		contactName: p.contactName ?? '',
		contactEmail: p.contactEmail ?? '',
		contactPhone: p.contactPhone ?? ''
	};
}

export async function choices() {
	return formChoices(db());
}

export async function profilePage(event: Ev) {
	const { owner, base } = await ownerOf(event);
	const id = (event.params as Record<string, string>).pid ?? '';
	const p = isUuid(id) ? await ownedProfile(db(), owner, id) : null;
	if (!p) error(404, 'Not found');
	const [suggestions, options] = await Promise.all([p.status === 'published' ? suggestionsFor(db(), p.id) : Promise.resolve([]), choices()]);
	return {
		base,
		profile: { id: p.id, slug: p.slug, status: p.status, title: localized(p.title, event.params.lang ?? 'lv'), rejectionReason: p.rejectionReason, expiresAt: p.expiresAt, publishedAt: p.publishedAt },
		values: valuesOf(p),
		suggestions,
		choices: options,
		done: event.url.searchParams.get('done')
	};
}

/** Save or submit (the button pressed); back to the profile's page, or the form with its errors. */
export async function saveAction(event: Ev & Pick<RequestEvent, 'request'>, profileId: string | null) {
	const { owner, base } = await ownerOf(event);
	const form = await event.request.formData();
	const submit = form.get('_intent') === 'submit';
	const values = formValues(form);
	const parsed = parseWith(cooperationProfileSchema, values);
	if (!parsed.ok) return fail(400, { values, errors: parsed.errors });
	const saved = await saveProfile(db(), { owner, userId: event.locals.principal?.userId ?? null, profileId, input: parsed.data, submit });
	if (!saved) error(404, 'Not found');
	redirect(303, `${base}/${saved.id}?done=${submit ? 'submitted' : 'saved'}`);
}

/** Submit again, renew or withdraw: back to the page with what happened. */
export async function stateAction(event: Ev, what: 'submit' | 'renew' | 'withdraw') {
	const { owner, base } = await ownerOf(event);
	const id = (event.params as Record<string, string>).pid ?? '';
	if (!isUuid(id)) error(404, 'Not found');
	const ok = what === 'submit' ? await submitProfile(db(), owner, id) : what === 'renew' ? !!(await renewProfile(db(), owner, id)) : await withdrawProfile(db(), owner, id);
	if (!ok) return fail(409, { stale: true });
	redirect(303, `${base}/${id}?done=${what === 'submit' ? 'submitted' : what === 'renew' ? 'renewed' : 'withdrawn'}`);
}
