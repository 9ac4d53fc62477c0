/**
 * The alert form (components/alerts/AlertForm.svelte, /[lang]/pazinojumi): an e-mail address,
 * consent, what to hear about, and the saved search — a URL query given by the page the form sits
 * on (a category, a municipality, a search), or built from the general page's choices. Pure:
 * returns what was typed, error codes per field and, when valid, the fields.
 */
import { cleanText } from '../../text/clean';
import { searchQueryString } from '$lib/contracts/search/url';
import type { SearchParams } from '$lib/contracts/search/types';
import { parseSearchParams } from '$lib/server/search';

export const ALERT_KINDS = ['producers', 'products', 'sales_points'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];
export type AlertFieldError = 'required' | 'invalid' | 'too_long';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const MAX_QUERY = 600;
export const DEFAULT_RADIUS_KM = 25;
/** Fields of the general page that add to the saved search. */
const CHOICES = { q: 'q', category: 'category', municipality: 'municipality', region: 'region' } as const;

export type AlertFormValues = { email: string; query: string; what: string[]; consent: boolean };
export type AlertFields = { email: string; query: string; params: SearchParams; what: AlertKind[] };

/** The saved search in its one normal form (no page, sort or type; a point to about a kilometre). */
export function normalizeAlertQuery(raw: string): { query: string; params: SearchParams } | null {
	const parsed = parseSearchParams(new URLSearchParams(raw));
	if (!parsed.ok) return null;
	const p = parsed.params;
	// a point is where someone is: about 1 km is enough for "near me", and all that is kept
	const near = p.near ? { lat: Math.round(p.near.lat * 100) / 100, lng: Math.round(p.near.lng * 100) / 100 } : null;
	// "near" alone only sorts; an alert needs a reach: 25 km unless one was chosen
	const radiusKm = (near || p.nearPlace) && p.radiusKm === null ? DEFAULT_RADIUS_KM : p.radiusKm;
	const params: SearchParams = { ...p, near, radiusKm, types: [], sort: 'relevance', page: 1, openNow: false };
	if (!params.q && !params.categories.length && !params.municipalities.length && !params.regions.length && !params.kinds.length && !params.labels.length && !near && !params.nearPlace) return null;
	return { query: searchQueryString(params).replace(/^\?/, ''), params };
}

export function parseAlertForm(form: FormData): { values: AlertFormValues; errors: Record<string, AlertFieldError>; fields?: AlertFields } {
	const email = cleanText(form.get('email')).toLowerCase();
	const what = form.getAll('what').filter((w): w is string => typeof w === 'string' && (ALERT_KINDS as readonly string[]).includes(w));
	const base = new URLSearchParams(cleanText(form.get('query')));
	for (const [field, param] of Object.entries(CHOICES)) {
		const v = cleanText(form.get(field));
		if (v) base.set(param, v);
	}
	const rawQuery = base.toString();
	const values: AlertFormValues = { email, query: rawQuery, what: [...new Set(what)], consent: form.get('consent') === 'on' || form.get('consent') === 'yes' };
	const errors: Record<string, AlertFieldError> = {};
	if (!email) errors.email = 'required';
	else if (email.length > 254 || !EMAIL.test(email)) errors.email = 'invalid';
	if (!values.consent) errors.consent = 'required';
	if (values.what.length === 0) errors.what = 'required';
	const normal = rawQuery.length > MAX_QUERY ? null : normalizeAlertQuery(rawQuery);
	if (rawQuery.length > MAX_QUERY) errors.query = 'too_long';
	else if (!normal) errors.query = rawQuery ? 'invalid' : 'required';
	if (Object.keys(errors).length || !normal) return { values, errors };
	return { values, errors, fields: { email, query: normal.query, params: normal.params, what: ALERT_KINDS.filter((k) => values.what.includes(k)) } };
}
