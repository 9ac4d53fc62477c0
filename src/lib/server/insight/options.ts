/** Choices the insight forms offer: Latvia's municipalities in Latvian order, in the reader's language. */
import { localized } from '$lib/domain/localized';
import { sortLatvian } from '$lib/text/collation';
import type { Db } from '../db/types';
import { latvianMunicipalities } from './areas-repository';

export async function municipalityOptions(db: Db, locale: string): Promise<{ value: string; label: string }[]> {
	return sortLatvian(
		(await latvianMunicipalities(db)).map((mu) => ({ value: String(mu.id), label: localized(mu.name, locale) })),
		(o) => o.label
	);
}
