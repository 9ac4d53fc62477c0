import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { authorize } from '$lib/server/auth/authorize';
import { authorOf, authorizeDashboard, producerResource } from '$lib/server/owner/access';
import { findSalesPointsToJoin, salesPointsForEdit } from '$lib/server/owner/queries';
import { addSalesPoint, joinSalesPoint, leaveSalesPoint, updateHours } from '$lib/server/owner/flow';
import { readHoursSubmission } from '$lib/server/owner/hours-form';
import { parseSalesPointForm } from '$lib/server/owner/sales-point-form';
import { isUuid } from '$lib/domain/ids';

/** Where to buy: opening hours of a published point apply at once; a new own sales point (and hours set on it) waits for review. */
export const load: PageServerLoad = async (event) => {
	const { producerId } = await authorizeDashboard(event, db());
	// ?atrast=…: a market or shop already in the directory that this listing sells at too
	const query = (event.url.searchParams.get('atrast') ?? '').slice(0, 100);
	const [own, found] = await Promise.all([salesPointsForEdit(db(), producerId, event.params.lang), findSalesPointsToJoin(db(), producerId, query, event.params.lang)]);
	return { ...own, join: { query, found } };
};

/** A sales point of this listing that only this listing uses (shared markets are not one owner's to edit). */
async function ownSalesPoint(producerId: string, lang: string, id: string) {
	const { salesPoints } = await salesPointsForEdit(db(), producerId, lang);
	const found = salesPoints.find((s) => s.id === id);
	if (!found) error(404, 'Not found');
	return found;
}

export const actions: Actions = {
	hours: async (event) => {
		await authorize(event, 'update:sales_point', producerResource(db(), event.params.id));
		const form = await event.request.formData();
		const sp = await ownSalesPoint(event.params.id, event.params.lang, String(form.get('salesPointId') ?? ''));
		if (!sp.editable) error(403, 'Forbidden');
		const hours = readHoursSubmission(form);
		// "add a season" without JavaScript: the form comes back with one more row, nothing saved
		if (hours.kind === 'edit') return { target: sp.id, hoursState: hours.state };
		if (hours.kind === 'invalid') return fail(400, { target: sp.id, hoursState: hours.state, hoursErrors: hours.errors, near: hours.near });
		const outcome = await updateHours(db(), authorOf(event), sp.id, hours.value);
		return { target: sp.id, saved: outcome === 'unchanged' ? 'unchanged' : outcome.pending.length ? 'pending' : 'applied' };
	},
	add: async (event) => {
		await authorize(event, 'create:sales_point', producerResource(db(), event.params.id));
		const { municipalities } = await salesPointsForEdit(db(), event.params.id, event.params.lang);
		const parsed = parseSalesPointForm(await event.request.formData(), new Set(municipalities.map((x) => x.id)));
		if (!parsed.fields) return fail(400, { target: 'new', values: parsed.values, errors: parsed.errors });
		await addSalesPoint(db(), authorOf(event), event.params.id, parsed.fields);
		return { target: 'new', saved: 'pending' };
	},
	join: async (event) => {
		await authorize(event, 'update:producer', producerResource(db(), event.params.id));
		const id = String((await event.request.formData()).get('salesPointId') ?? '');
		if (!isUuid(id)) error(400, 'Bad request');
		const name = await joinSalesPoint(db(), authorOf(event), event.params.id, id);
		if (name === null) return fail(409, { joinGone: true });
		return { joined: name };
	},
	leave: async (event) => {
		await authorize(event, 'update:producer', producerResource(db(), event.params.id));
		const form = await event.request.formData();
		const sp = await ownSalesPoint(event.params.id, event.params.lang, String(form.get('salesPointId') ?? ''));
		await leaveSalesPoint(db(), authorOf(event), event.params.id, sp.id);
		return { left: sp.name };
	}
};
