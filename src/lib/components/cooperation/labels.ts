/** The reader's words for the cooperation vocabulary (kinds, directions, statuses, match reasons, countries, languages). */
import { m } from '$lib/paraglide/messages';
import type { CooperationDirection, CooperationKind } from '$lib/domain/cooperation/kinds';
import type { MatchReason } from '$lib/domain/cooperation/match';

const KIND: Record<CooperationKind, () => string> = {
	distribution: m.coop_kind_distribution,
	sourcing: m.coop_kind_sourcing,
	joint_venture: m.coop_kind_joint_venture,
	subcontracting: m.coop_kind_subcontracting,
	tourism_package: m.coop_kind_tourism_package,
	know_how: m.coop_kind_know_how,
	municipal_partnership: m.coop_kind_municipal_partnership,
	project_partner: m.coop_kind_project_partner
};
const STATUS: Record<string, () => string> = {
	draft: m.coop_status_draft,
	pending: m.coop_status_pending,
	published: m.coop_status_published,
	rejected: m.coop_status_rejected,
	expired: m.coop_status_expired,
	withdrawn: m.coop_status_withdrawn
};
const REASON: Record<MatchReason, () => string> = {
	offer_request: m.coop_reason_offer_request,
	partners: m.coop_reason_partners,
	same_kind: m.coop_reason_same_kind,
	complementary_kind: m.coop_reason_complementary_kind,
	same_sector: m.coop_reason_same_sector,
	related_sector: m.coop_reason_related_sector,
	region: m.coop_reason_region,
	country: m.coop_reason_country,
	language: m.coop_reason_language
};

export const kindLabel = (k: string) => (KIND[k as CooperationKind] ?? (() => k))();
export const directionLabel = (d: CooperationDirection | string) => (d === 'offer' ? m.coop_direction_offer() : m.coop_direction_request());
export const statusLabel = (s: string) => (STATUS[s] ?? (() => s))();
export const reasonLabel = (r: MatchReason | string) => (REASON[r as MatchReason] ?? (() => r))();

/** Country and language names from the browser's / Node's own data, in the page's language. */
export function countryName(code: string, locale: string): string {
	try {
		return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
	} catch {
		return code;
	}
}
export function languageName(code: string, locale: string): string {
	try {
		const name = new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
		return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
	} catch {
		return code;
	}
}
