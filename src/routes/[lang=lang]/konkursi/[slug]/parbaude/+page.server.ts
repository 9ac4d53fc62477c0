import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { localized, localizedLang } from '$lib/domain/localized';
import { deriveOrder } from '$lib/domain/contest/derive';
import { parseEntryList } from '$lib/domain/contest/entry-list';
import { db } from '$lib/server/db/bootstrap';
import { contestAudit } from '$lib/server/contests/queries';
import { contestSourceView } from '$lib/server/contests/source-view';

/** The audit page: everything the draw used, the derivation step by step, and the check the script makes. */
export const load: PageServerLoad = async ({ params }) => {
	const audit = await contestAudit(db(), params.slug, params.lang);
	if (!audit) error(404, 'Not found');
	const c = audit.contest;
	const ids = c.frozenList ? parseEntryList(c.frozenList) : [];
	// the first steps of one derivation; the whole draw was checked once, when it was made (draw-flow.ts)
	const steps = c.seed ? deriveOrder(ids, c.seed, Math.min(ids.length, c.winners + 5)).steps : [];
	return {
		contest: { slug: c.slug, title: { text: localized(c.title, params.lang), lang: localizedLang(c.title, params.lang) }, winners: c.winners, isDemo: c.isDemo, frozen: !!c.frozenAt, listHash: c.listHash, entries: c.entryCount ?? 0, seed: c.seed },
		source: contestSourceView(c),
		steps: steps.map((s) => ({ ...s, rejected: s.rejected.length })),
		check: audit.check,
		winners: audit.winners,
		setAside: audit.setAside,
		alternates: audit.alternates,
		log: audit.log.map((l) => ({ action: l.action, publicId: l.publicId, at: l.at, replacedBy: typeof l.details.replacedBy === 'string' ? l.details.replacedBy : null }))
	};
};

export const csr = false;
