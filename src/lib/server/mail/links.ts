/**
 * Links in mails: absolute URLs on the configured public origin, built the same way by every
 * feature. A mail is often written by a job, long after any request (or without one), so the origin
 * never comes from a request: PUBLIC_BASE_URL (the origin of canonical links and feeds), else ORIGIN
 * (where adapter-node is reached), else this process's own port. Paths use the Latvian route words
 * in every language (decision 002); every path segment and parameter is encoded here.
 */
import { listingPath, type ListingType } from '$lib/reports/reasons';
import { config, type AppConfig } from '../config/env';

type OriginConfig = Pick<AppConfig, 'PUBLIC_BASE_URL' | 'ORIGIN' | 'PORT'>;

/** The origin every mail link is built on, without a trailing slash. */
export function mailOrigin(cfg: OriginConfig = config()): string {
	return (cfg.PUBLIC_BASE_URL ?? cfg.ORIGIN ?? `http://localhost:${cfg.PORT}`).replace(/\/+$/, '');
}

/**
 * `{origin}/{locale}/{path}?{params}`. `path` is route words and values separated by `/`
 * (`pasakumi/${slug}/mana`); each segment is percent-encoded, so a value cannot add segments,
 * a query or a fragment.
 */
export function mailUrl(locale: string, path: string, params: Record<string, string> = {}, origin: string = mailOrigin()): string {
	return absolute(origin, [locale, ...path.split('/').filter((s) => s !== '')], params);
}

/** The public page of a listing; a product's page is its producer's (pass the producer's slug). */
export function listingMailUrl(locale: string, kind: ListingType | 'product', slug: string, origin: string = mailOrigin()): string {
	return absolute(origin, [locale, listingPath(kind === 'product' ? 'producer' : kind), slug], {});
}

function absolute(origin: string, segments: string[], params: Record<string, string>): string {
	const url = new URL(`${origin}/${segments.map(encodeURIComponent).join('/')}`);
	for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
	return url.toString();
}
