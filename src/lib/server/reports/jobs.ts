// Job handlers of reports (imported once from src/lib/server/jobs/handlers.ts).
import { z } from 'zod';
import { registerJobHandler } from '../jobs/registry';
import { searchPort } from '../search';
import { REINDEX_LISTING_JOB } from './flow';
import { LISTING_TYPES } from './report-form';

const payload = z.object({ listingType: z.enum(LISTING_TYPES), id: z.uuid() });

/** An archived listing leaves the search index (reindex drops rows that are no longer published). */
registerJobHandler(REINDEX_LISTING_JOB, async (db, raw) => {
	const p = payload.parse(raw);
	const scopeKey = { producer: 'producerIds', sales_point: 'salesPointIds', organisation: 'organisationIds', place: 'placeIds' }[p.listingType];
	await searchPort().reindex(db, { [scopeKey]: [p.id] });
});
