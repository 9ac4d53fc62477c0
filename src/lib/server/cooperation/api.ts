/** The cooperation API's answers (api-schemas.ts), built on the public queries — which never select contacts. */
import { localized, localizedLang } from '$lib/domain/localized';
import type { Locale } from '$lib/i18n/locales';
import { apiPage, offsetOf, type ApiPage, type Checked } from '../api/queries';
import { present } from '../api/present';
import type { Db } from '../db/types';
import type { CooperationDetailBody, CooperationListParams, CooperationSummaryBody } from './api-schemas';
import { findPublicProfile, listPublicProfiles, type PublicProfileSummary } from './public-queries';

type Ctx = { origin: string; lang: Locale };
const abs = (ctx: Ctx, path: string) => `${ctx.origin}/${ctx.lang}/${path}`;
const lang = (l: string) => l as 'lv' | 'en' | 'ro' | 'ru';

export async function cooperationList(db: Db, p: CooperationListParams): Promise<Checked<ApiPage<PublicProfileSummary>>> {
	const { direction, kind, sector, country, region, language, q } = p;
	const found = await listPublicProfiles(db, { direction, kind, sector, country, region, language, q }, { limit: p.per_page, offset: offsetOf(p) });
	return { ok: true, value: apiPage(found.items, found.total, p) };
}

export function cooperationSummary(s: PublicProfileSummary, ctx: Ctx): CooperationSummaryBody {
	return {
		type: 'cooperation_profile',
		slug: s.slug,
		name: localized(s.title, ctx.lang),
		name_lang: lang(localizedLang(s.title, ctx.lang)),
		url: abs(ctx, `sadarbiba/${encodeURIComponent(s.slug)}`),
		direction: s.direction,
		kind: s.kind,
		owner: { type: s.owner.type, slug: s.owner.slug, name: s.owner.name, url: abs(ctx, `${s.owner.type === 'producer' ? 'razotaji' : 'organizacijas'}/${encodeURIComponent(s.owner.slug)}`) },
		countries: s.countries,
		languages: s.languages,
		...present({ published_at: s.publishedAt?.toISOString(), expires_at: s.expiresAt?.toISOString() })
	};
}

export async function cooperationDetail(db: Db, slug: string, ctx: Ctx): Promise<CooperationDetailBody | null> {
	const p = await findPublicProfile(db, slug);
	if (!p) return null;
	return {
		...cooperationSummary(p, ctx),
		description: localized(p.description, ctx.lang),
		description_lang: lang(localizedLang(p.description, ctx.lang)),
		sectors: p.sectors.map((s) => ({ id: s.id, slug: s.slug, name: localized(s.name, ctx.lang) })),
		regions: p.regions.map((r) => ({ id: r.id, slug: r.slug, name: localized(r.name, ctx.lang), country: r.country })),
		...present({ location: p.home ? { name: localized(p.home.name, ctx.lang), country: p.home.country } : undefined })
	};
}
