/** The prizes a producer gives in published contests, for the producer's public page (like its events block). */
import { localized, localizedLang } from '$lib/domain/localized';
import type { Db } from '../db/types';
import { prizesOfProducer } from './contests-repository';

export type ProducerPrize = { prize: string; contest: string; contestLang: string; href: string; closesAt: Date };

export async function prizesForProducerPage(db: Db, producerId: string, locale: string): Promise<ProducerPrize[]> {
	const rows = await prizesOfProducer(db, producerId);
	return rows.map((r) => ({ prize: localized(r.title, locale), contest: localized(r.contestTitle, locale), contestLang: localizedLang(r.contestTitle, locale), href: `/${locale}/konkursi/${r.contestSlug}`, closesAt: r.closesAt }));
}
