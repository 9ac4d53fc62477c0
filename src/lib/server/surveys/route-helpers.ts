/** What the survey workspace routes share: the survey named by the URL, the settings form's choices and values. */
import { error, type RequestEvent } from '@sveltejs/kit';
import { localized } from '$lib/domain/localized';
import { db } from '../db/bootstrap';
import { linkChoices } from '../library/links-repository';
import { workspaceOf } from '../workspace/access';
import { workspacePath } from '../workspace/sections';
import { ownSurvey } from './settings-flow';
import type { SurveyRow } from './surveys-repository';

/** The organisation's survey of `params.id`, or a 404 (another organisation's survey is not found either). */
export async function routeSurvey(event: Pick<RequestEvent, 'params'>) {
	const organisation = await workspaceOf(event);
	const survey = await ownSurvey(db(), organisation.id, event.params.id ?? '');
	if (!survey) error(404, 'Not found');
	return { organisation, survey };
}

export const surveysPath = (lang: string, organisationSlug: string) => workspacePath(lang, organisationSlug, 'aptaujas');

/** The organisation's events and projects to attach a survey to. */
export async function surveyChoices(organisationId: string, locale: string) {
	const links = await linkChoices(db(), organisationId);
	const named = (rows: { id: string; title: Parameters<typeof localized>[0] }[]) => rows.map((r) => ({ value: r.id, label: localized(r.title, locale) }));
	return { projects: named(links.projects), events: named(links.events) };
}

/** A closing moment as the date field shows it (Riga's day). */
const rigaDay = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Riga', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);

export function settingsValues(s: SurveyRow): Record<string, string> {
	const texts = (field: 'title' | 'intro') => Object.fromEntries(Object.entries(s[field]).map(([lang, text]) => [`${field}.${lang}`, text ?? '']));
	return { ...texts('title'), ...texts('intro'), audience: s.audience, mode: s.mode, eventId: s.eventId ?? '', projectId: s.projectId ?? '', closesAt: s.closesAt ? rigaDay(s.closesAt) : '' };
}
