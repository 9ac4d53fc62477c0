import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { readerReach } from '$lib/server/auth/authorize';
import { ENTITY_TYPES, type EntityType } from '$lib/server/moderation/drafts';
import { moderationQueue } from '$lib/server/moderation/queries';

const AGE_FILTERS = [1, 3, 7, 14, 30] as const;

const int = (v: string | null): number | undefined => (v && /^\d{1,9}$/.test(v) ? Number(v) : undefined);

/** The queue, oldest first; filters come from the query string and bad values are ignored. */
export const load: PageServerLoad = async (event) => {
	const reach = readerReach(event, 'read:moderation');
	const sp = event.url.searchParams;
	const tips = sp.get('tips');
	const type = ENTITY_TYPES.includes(tips as EntityType) ? (tips as EntityType) : undefined;
	const municipalityId = int(sp.get('novads'));
	const age = int(sp.get('vecums'));
	const minAgeDays = AGE_FILTERS.includes(age as (typeof AGE_FILTERS)[number]) ? age : undefined;
	const page = Math.max(1, int(sp.get('page')) ?? 1);
	const queue = await moderationQueue(db(), reach, { type, municipalityId, minAgeDays, page }, event.params.lang, new Date());
	return {
		queue,
		filters: { type: type ?? '', municipalityId: municipalityId ?? '', minAgeDays: minAgeDays ?? '', page },
		ages: [...AGE_FILTERS],
		types: [...ENTITY_TYPES],
		decided: sp.get('izlemts')
	};
};
