/**
 * Creating, editing and deleting a project in its organisation's workspace. Each save is one
 * transaction: the project row, its partners, territories and results (replaced as a whole), a
 * new logo (prepared before the transaction, stored inside it) and the audit entry.
 */
import { latvianSortKey } from '$lib/text/collation';
import type { FieldErrors } from '$lib/forms/parse';
import type { ProjectInput } from '$lib/forms/project';
import { recordAudit, recordContentSave } from '../audit/audit-repository';
import type { Db } from '../db/types';
import { saveImage, type PreparedImage } from '../images/flow';
import { freshSlug } from '../programme/slugs';
import { existingProjectTerritoryIds, publishedOrganisationNames } from './choices-repository';
import { toLocalizedText } from './domain';
import { addLogo, listLogos, removeLogos, replacePartners, replaceResults, replaceTerritories } from './parts-repository';
import { deleteProjectRow, findProject, insertProject, takenProjectSlugs, updateProjectRow, type ProjectValues } from './projects-repository';

export type SaveProjectInput = {
	actorUserId: string;
	organisationId: string;
	/** null: a new project. */
	projectId: string | null;
	data: ProjectInput;
	logo: PreparedImage | null;
	removeLogoIds: string[];
};

export type SaveProjectResult = { ok: true; id: string; slug: string } | { ok: false; reason: 'not_found' } | { ok: false; reason: 'invalid'; errors: FieldErrors };

function valuesOf(d: ProjectInput, organisationId: string): ProjectValues {
	return {
		organisationId,
		number: d.number ?? null,
		title: toLocalizedText(d.title)!,
		summary: toLocalizedText(d.summary)!,
		programme: toLocalizedText(d.programme),
		subMeasure: toLocalizedText(d.subMeasure),
		funder: toLocalizedText(d.funder),
		acknowledgement: toLocalizedText(d.acknowledgement),
		goals: toLocalizedText(d.goals),
		startsOn: d.startsOn,
		endsOn: d.endsOn ?? null,
		website: d.website ?? null,
		status: d.status,
		sortKey: latvianSortKey(d.title.lv)
	};
}

export async function saveProject(db: Db, input: SaveProjectInput, now = new Date()): Promise<SaveProjectResult> {
	return db.transaction(async (tx) => {
		const existing = input.projectId ? await findProject(tx, input.projectId) : null;
		if (input.projectId && (!existing || existing.organisationId !== input.organisationId)) return { ok: false, reason: 'not_found' } as const;

		const named = input.data.partners.flatMap((p) => (p.organisation ? [p.organisation] : []));
		const known = await publishedOrganisationNames(tx, named);
		const errors: FieldErrors = {};
		input.data.partners.forEach((p, i) => {
			if (p.organisation && !known.has(p.organisation)) errors[`partners.${i}.organisation`] = 'invalid';
		});
		if (Object.keys(errors).length) return { ok: false, reason: 'invalid', errors } as const;

		const values = valuesOf(input.data, input.organisationId);
		let id: string;
		let slug: string;
		if (existing) {
			id = existing.id;
			slug = existing.slug;
			await updateProjectRow(tx, id, values, now);
		} else {
			slug = await freshSlug(input.data.title.lv, 'projekts', (base) => takenProjectSlugs(tx, base));
			id = await insertProject(tx, { ...values, slug, createdBy: input.actorUserId, now });
		}
		await replacePartners(
			tx,
			id,
			// a directory partner's name is kept too: the row still names it if the organisation is ever removed
			input.data.partners.map((p) => ({
				role: p.role,
				organisationId: p.organisation ?? null,
				name: p.organisation ? (known.get(p.organisation) ?? null) : (p.name ?? null),
				country: p.country,
				website: p.website ?? null
			}))
		);
		await replaceTerritories(tx, id, await existingProjectTerritoryIds(tx, [...new Set(input.data.territories)]));
		await replaceResults(
			tx,
			id,
			input.data.results.map((r) => ({ value: r.value!, label: toLocalizedText(r.label)!, unit: toLocalizedText(r.unit) }))
		);
		await removeLogos(tx, id, input.removeLogoIds);
		if (input.logo) await addLogo(tx, id, (await saveImage(tx, input.logo, { ownerUserId: input.actorUserId, organisationId: input.organisationId })).id);
		await recordContentSave(tx, 'project', { created: !existing, actorUserId: input.actorUserId, id, slug, status: values.status, organisationId: input.organisationId });
		return { ok: true, id, slug } as const;
	});
}

/** Deletes a project; its news stay (detached), its participations keep counting for the organisation. */
export async function deleteProject(db: Db, input: { actorUserId: string; organisationId: string; projectId: string }): Promise<boolean> {
	return db.transaction(async (tx) => {
		const existing = await findProject(tx, input.projectId);
		if (!existing || existing.organisationId !== input.organisationId) return false;
		// the logos belong to this project only: their images go with it
		await removeLogos(tx, existing.id, (await listLogos(tx, [existing.id])).map((l) => l.id));
		await deleteProjectRow(tx, existing.id);
		await recordAudit(tx, { actorUserId: input.actorUserId, action: 'project.delete', entityType: 'project', entityId: existing.id, details: { slug: existing.slug } });
		return true;
	});
}
