import { error, fail, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localized } from '$lib/domain/localized';
import { authorize } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { checkinOfLink, jobRowsOf, listingName, readAnswer, saveCheckin, searchListings, type JobRow } from '$lib/server/mentoring/checkin-flow';

const stringsOf = (form: FormData) => Object.fromEntries([...form.entries()].filter(([k, v]) => !k.startsWith('jobs.') && typeof v === 'string')) as Record<string, string>;
const blankRow: JobRow = { kind: '', isNew: 'yes', share: '', months: '' };

/** The outcome check-in from its e-mailed link (?kods=); a bad link gets a page saying so, never an error. */
export const load: PageServerLoad = async ({ url, params }) => {
	const token = url.searchParams.get('kods');
	const checkin = await checkinOfLink(db(), token);
	if (!checkin) return { checkin: null };
	const yn = (b: boolean | null) => (b === null ? '' : b ? 'yes' : 'no');
	const jobs: JobRow[] = checkin.jobs.map((j) => ({ kind: j.kind, isNew: j.isNew ? 'yes' : 'no', share: String(Math.round(j.fullTimeShare * 100)), months: String(j.months) }));
	return {
		// the form's actions keep the link (a bare ?/save would drop ?kods=)
		query: `kods=${encodeURIComponent(token ?? '')}`,
		checkin: { due: checkin.due, programme: localized(checkin.programmeTitle, params.lang), name: checkin.personName ?? '', answered: checkin.answeredAt !== null, fte: checkin.fte },
		values: {
			ideaStatus: checkin.ideaStatus ?? '',
			companyRegistered: yn(checkin.companyRegistered),
			registrationNumber: checkin.registrationNumber ?? '',
			socialEnterprise: yn(checkin.socialEnterprise),
			turnoverBand: checkin.turnoverBand ?? '',
			producerId: checkin.producerId ?? ''
		} as Record<string, string>,
		jobs: jobs.length ? jobs : [blankRow],
		listing: checkin.producerId ? { id: checkin.producerId, name: (await listingName(db(), checkin.producerId)) ?? '' } : null
	};
};

/** The page again with what was typed: the FTE so far, another job row if asked, listings found by name. */
async function again(event: RequestEvent, form: FormData, extra: { errors?: Record<string, string> } = {}) {
	const read = readAnswer(form);
	const rows = jobRowsOf(form);
	if (form.get('_add') === 'job') rows.push(blankRow);
	const query = String(form.get('listingQuery') ?? '').trim();
	return {
		values: stringsOf(form),
		jobs: rows.length ? rows : [blankRow],
		fte: read.ok ? read.answer.fte : read.fte,
		errors: extra.errors ?? {},
		listings: query ? await searchListings(db(), query) : null
	};
}

export const actions: Actions = {
	preview: async (event) => {
		await authorize(event, 'answer:outcome_checkin');
		if (!(await checkinOfLink(db(), event.url.searchParams.get('kods')))) error(404, 'Not found');
		return { preview: await again(event, await event.request.formData()) };
	},
	save: async (event) => {
		await authorize(event, 'answer:outcome_checkin');
		const form = await event.request.formData();
		const read = readAnswer(form);
		if (!read.ok) return fail(400, { preview: await again(event, form, { errors: read.errors }) });
		const result = await saveCheckin(db(), event.url.searchParams.get('kods'), read.answer);
		if (result === 'not_found') error(404, 'Not found');
		if (result === 'listing') return fail(400, { preview: await again(event, form, { errors: { producerId: 'invalid' } }) });
		return { saved: { fte: read.answer.fte } };
	}
};

/** A plain form page (decision 007): the FTE is computed on the server and shown before saving. */
export const csr = false;
