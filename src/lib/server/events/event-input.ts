/**
 * From the organiser's form (forms/events.ts) to rows: times in the venue's zone become instants,
 * slugs become ids (a slug that names no published listing is a field error, not a 500), and
 * the question, material and stop rows left empty are dropped.
 */
import { randomUUID } from 'node:crypto';
import type { EventForm } from '$lib/forms/events';
import { zonedInstant } from '$lib/domain/event-time';
import type { FieldErrors } from '$lib/forms/parse';
import type { EventMaterial, EventQuestion } from '../db/schema';
import type { LocalizedText } from '../db/schema/common';
import type { Db } from '../db/types';
import type { EventInput, StopInput } from './events-repository';
import { ownProjectId } from './event-projects';
import { listingIds, municipalityBySlug, municipalityOfPlace, type StopKind } from './lookups-repository';

const text = (v: Partial<Record<string, string | undefined>> | undefined): LocalizedText => {
	const out: Record<string, string> = { lv: v?.lv ?? '' };
	for (const k of ['en', 'ro', 'ru']) if (v?.[k]) out[k] = v[k]!;
	return out as LocalizedText;
};

export type ResolvedEvent = { fields: Omit<EventInput, 'slug' | 'organisationId' | 'status' | 'submissionId' | 'createdBy'>; stops: StopInput[]; hosts: string[] };

function splitTarget(target: string): { kind: StopKind; slug: string } | null {
	const [kind, slug] = target.split(':');
	return (kind === 'producer' || kind === 'sales_point' || kind === 'place') && slug ? { kind, slug } : null;
}

/** `organisationId`: the event's organisation; a project must be one of its own. */
export async function resolveEventForm(db: Db, f: EventForm, organisationId: string): Promise<{ ok: true; value: ResolvedEvent } | { ok: false; errors: FieldErrors }> {
	const errors: FieldErrors = {};
	const zone = f.timeZone;
	const startsAt = zonedInstant(f.startDate, f.startTime, zone);
	const endsAt = zonedInstant(f.endDate ?? f.startDate, f.endTime, zone);
	if (!startsAt) errors.startTime = 'invalid_time';
	if (!endsAt) errors.endTime = 'invalid_time';

	let placeId: string | null = null;
	if (f.place) {
		placeId = (await listingIds(db, 'place', [f.place])).get(f.place) ?? null;
		if (!placeId) errors.place = 'invalid';
	}
	let municipalityId: number | null = null;
	if (f.municipality) {
		municipalityId = await municipalityBySlug(db, f.municipality);
		if (!municipalityId) errors.municipality = 'invalid';
	} else if (placeId) municipalityId = await municipalityOfPlace(db, placeId);

	let projectId: string | null = null;
	if (f.project) {
		projectId = await ownProjectId(db, f.project, organisationId);
		if (!projectId) errors.project = 'event_project';
	}

	const stops: StopInput[] = [];
	for (const [i, s] of f.stops.entries()) {
		if (!s.target) continue;
		const t = splitTarget(s.target);
		const id = t ? (await listingIds(db, t.kind, [t.slug])).get(t.slug) : undefined;
		if (!t || !id) {
			errors[`stops.${i}.target`] = 'invalid';
			continue;
		}
		stops.push({
			position: stops.length,
			at: s.time ? zonedInstant(f.startDate, s.time, zone) : null,
			producerId: t.kind === 'producer' ? id : null,
			salesPointId: t.kind === 'sales_point' ? id : null,
			placeId: t.kind === 'place' ? id : null,
			note: { lv: s.note ?? '' }
		});
	}
	const hostSlugs = f.hosts.filter(Boolean);
	const hostIds = await listingIds(db, 'producer', hostSlugs);
	if (hostSlugs.some((s) => !hostIds.has(s))) errors.hosts = 'invalid';
	if (Object.keys(errors).length) return { ok: false, errors };

	const questions: EventQuestion[] = f.questions
		.filter((q) => q.label.lv)
		.map((q, i) => ({
			id: `q${i + 1}`,
			kind: q.kind,
			label: text(q.label),
			options: q.kind === 'choice' ? (q.options ?? '').split(/[\n,;]/).map((o) => o.trim()).filter(Boolean).map((lv) => ({ lv })) : [],
			required: !!q.required
		}));
	const materials: EventMaterial[] = f.materials.filter((mat) => mat.url).map((mat) => ({ title: { lv: mat.title || mat.url! }, url: mat.url!, before: !!mat.before }));
	const reminders = (f.reminders ?? '24, 1').split(/[,;]/).map((h) => Number(h.trim())).filter((h) => Number.isInteger(h) && h > 0);
	const midnight = (d: string | undefined) => (d ? zonedInstant(d, '00:00', zone) : null);
	const closes = f.closesDate ? zonedInstant(f.closesDate, '23:59', zone) : null;

	return {
		ok: true,
		value: {
			fields: {
				kind: f.kind,
				projectId,
				title: text(f.title),
				summary: text(f.summary),
				description: text(f.description),
				startsAt: startsAt!,
				endsAt: endsAt!,
				timeZone: zone,
				online: !!f.online,
				joinUrl: f.online ? (f.joinUrl ?? null) : null,
				placeId,
				venueName: f.venueName ?? null,
				address: f.address ?? null,
				lat: f.lat ?? null,
				lng: f.lng ?? null,
				municipalityId,
				capacity: f.capacity ?? null,
				registrationOpensAt: midnight(f.opensDate),
				registrationClosesAt: closes,
				offerHours: f.offerHours ?? 48,
				reminderHours: [...new Set(reminders)],
				accessibility: text(f.accessibility),
				languages: f.languages.length ? f.languages : ['lv'],
				questions,
				consentText: text(f.consent),
				funderFields: f.funderFields,
				materials,
				recordingUrl: f.recordingUrl ?? null
			},
			stops,
			hosts: [...hostIds.values()]
		}
	};
}

/** A fresh one-time key for a new form (a second submit of the same form then changes nothing). */
export const newSubmissionId = () => randomUUID();
