/**
 * Which fields an owner may change directly and which wait for a moderator (moderation contract).
 * Default: opening hours and prices are direct (they change often and are the owner's own business),
 * everything else is reviewed. Override with MODERATION_DIRECT_FIELDS ("entity.field,…", `none` = none).
 */
import { config } from '../config/env';
import type { EntityType } from './drafts';

export type RevisionSource = 'suggestion' | 'owner' | 'moderator' | 'import';

export const DEFAULT_DIRECT_FIELDS: readonly string[] = [
	'sales_point.openingHours',
	'sales_point.hoursNote',
	'place.openingHours',
	'product.priceCents',
	'product.unit',
	'product.unitAmount'
];

/** Parses the env list; throws on a malformed entry so a typo does not silently open a field. */
export function parseDirectFields(value: string | undefined): readonly string[] {
	if (value === undefined) return DEFAULT_DIRECT_FIELDS;
	if (value.trim() === 'none') return [];
	const entries = value
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
	for (const e of entries) {
		if (!/^(producer|product|sales_point|place)\.[a-zA-Z]+$/.test(e)) throw new Error(`MODERATION_DIRECT_FIELDS: bad entry "${e}"`);
	}
	return entries;
}

export function directFields(): readonly string[] {
	return parseDirectFields(config().MODERATION_DIRECT_FIELDS);
}

export function isDirectField(entity: EntityType, field: string, direct: readonly string[] = directFields()): boolean {
	return direct.includes(`${entity}.${field}`);
}

/**
 * Splits a proposal into what is applied at once and what waits for review. A moderator's own edit
 * is applied whole (they are the reviewers); a new listing always waits whole (nothing of it is
 * public before approval); suggestions and imports always wait.
 */
export function splitProposal(
	entity: EntityType,
	source: RevisionSource,
	isNew: boolean,
	proposed: Record<string, unknown>,
	direct: readonly string[] = directFields()
): { direct: Record<string, unknown>; review: Record<string, unknown> } {
	if (source === 'moderator' && !isNew) return { direct: { ...proposed }, review: {} };
	if (source !== 'owner' || isNew) return { direct: {}, review: { ...proposed } };
	const out = { direct: {} as Record<string, unknown>, review: {} as Record<string, unknown> };
	for (const [field, value] of Object.entries(proposed)) {
		(isDirectField(entity, field, direct) ? out.direct : out.review)[field] = value;
	}
	return out;
}
