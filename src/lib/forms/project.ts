/**
 * The project form (create and edit), one schema for the browser and the server. Partner and
 * result rows that were left empty are dropped before checking; a row half filled is an error
 * on that row.
 */
import { z } from 'zod';
import { isUuid } from '../domain/ids';
import { choice, list, localizedOptional, localizedRequired, optionalDate, optionalNumber, optionalText, optionalUrl, optionalUuid, requiredDate } from './fields';

/** Partner countries offered: the EU and EEA, and the Eastern Partnership and candidate countries. */
export const PARTNER_COUNTRIES = [
	'LV', 'MD', 'LT', 'EE', 'FI', 'SE', 'DK', 'PL', 'DE', 'NL', 'BE', 'LU', 'FR', 'IE', 'ES', 'PT', 'IT', 'MT', 'AT', 'CZ', 'SK', 'SI', 'HR',
	'HU', 'RO', 'BG', 'GR', 'CY', 'NO', 'IS', 'LI', 'CH', 'GB', 'UA', 'GE', 'AM', 'AZ'
] as const;

const isEmptyRow = (row: unknown, keys: string[]) =>
	!row || typeof row !== 'object' || keys.every((k) => {
		const v = (row as Record<string, unknown>)[k];
		if (v && typeof v === 'object') return Object.values(v).every((x) => typeof x !== 'string' || x.trim() === '');
		return typeof v !== 'string' || v.trim() === '';
	});

/** Repeated rows (`partners.0.name` …) without the ones nobody filled in. */
const rows = <T extends z.ZodType>(row: T, meaningful: string[]) =>
	z.preprocess((v) => (Array.isArray(v) ? v.filter((r) => !isEmptyRow(r, meaningful)) : []), z.array(row));

export const partnerSchema = z
	.object({
		role: choice(['lead', 'partner']),
		organisation: optionalUuid,
		name: optionalText(200),
		country: choice(PARTNER_COUNTRIES),
		website: optionalUrl
	})
	.refine((p) => p.organisation || p.name, { message: 'partner_name', path: ['name'] });

export const resultSchema = z
	.object({ value: optionalNumber, label: localizedOptional(200), unit: localizedOptional(40) })
	.refine((r) => r.value !== undefined && !!r.label?.lv, { message: 'result_value', path: ['value'] });

export const projectSchema = z
	.object({
		title: localizedRequired(200),
		number: optionalText(60),
		summary: localizedRequired(600),
		programme: localizedOptional(200),
		subMeasure: localizedOptional(200),
		funder: localizedOptional(200),
		acknowledgement: localizedOptional(1000),
		goals: localizedOptional(4000),
		startsOn: requiredDate,
		endsOn: optionalDate,
		website: optionalUrl,
		territories: list(z.coerce.number('invalid').int('invalid').positive('invalid')),
		partners: rows(partnerSchema, ['organisation', 'name', 'website']),
		results: rows(resultSchema, ['value', 'label', 'unit']),
		status: choice(['draft', 'published']),
		logoAlt: optionalText(250),
		/** Logos ticked for removal (ids of this project's logos; anything else is ignored). */
		removeLogo: list(z.unknown()).transform((ids) => ids.filter(isUuid))
	})
	.superRefine((p, ctx) => {
		if (p.endsOn && p.endsOn < p.startsOn) ctx.addIssue({ code: 'custom', message: 'date_order', path: ['endsOn'] });
		const leads = p.partners.map((x, i) => [x.role, i] as const).filter(([role]) => role === 'lead');
		for (const [, i] of leads.slice(1)) ctx.addIssue({ code: 'custom', message: 'one_lead', path: ['partners', i, 'role'] });
	});

export type ProjectInput = z.output<typeof projectSchema>;

/** How many empty partner and result rows the form offers (more with "add rows", no JavaScript needed). */
export const BLANK_ROWS = 2;
