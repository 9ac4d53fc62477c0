import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { addQuestion, deleteQuestion, newQuestion, replaceQuestion } from '$lib/domain/survey/builder-ops';
import { formValues, parseWith } from '$lib/forms/parse';
import { surveySettingsSchema, type SurveySettingsInput } from '$lib/forms/survey';
import { authorize } from '../auth/authorize';
import { loadPrincipal } from '../auth/principal';
import { openTestDb } from '../db/test-db';
import type { DbHandle } from '../db/client';
import { auditLog, surveyResponses, user } from '../db/schema';
import { findWorkspaceOrganisation } from '../workspace/organisations-lookup';
import { workspaceOverview } from '../workspace/queries';
import { changeDefinition } from './builder-flow';
import { changeSurveyStatus, createSurvey, removeDraftSurvey, saveSurveySettings } from './settings-flow';
import { findSurvey, findSurveyVersion, listSurveyVersions } from './surveys-repository';

let h: DbHandle;
let org: string;
beforeAll(async () => {
	h = await openTestDb({ seed: true });
	await h.db.insert(user).values([{ id: 'sv-outsider', name: 'Cits', email: 'sv-outsider@example.lv', emailVerified: true }]);
	org = (await findWorkspaceOrganisation(h.db, 'pierigas-partneriba'))!.id;
});
afterAll(async () => h?.close());

function settings(fields: Record<string, string>): SurveySettingsInput {
	const f = new FormData();
	for (const [k, v] of Object.entries(fields)) f.append(k, v);
	const parsed = parseWith(surveySettingsSchema, formValues(f));
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return parsed.data;
}

const who = { actorUserId: 'demo-pieriga', organisationId: '' };

describe('the survey builder flows', () => {
	it('creates a draft with one empty section and a slug from the Latvian title; edits in place while nobody answered', async () => {
		who.organisationId = org;
		const created = await createSurvey(h.db, { ...who, data: settings({ 'title.lv': 'Tirgus apmeklētāju aptauja', audience: 'link', mode: 'anonymous' }) });
		expect(created).toMatchObject({ ok: true, slug: 'tirgus-apmekletaju-aptauja' });
		if (!created.ok) return;
		const again = await createSurvey(h.db, { ...who, data: settings({ 'title.lv': 'Tirgus apmeklētāju aptauja', audience: 'link', mode: 'anonymous' }) });
		expect(again).toMatchObject({ ok: true, slug: 'tirgus-apmekletaju-aptauja-2' });
		expect(await findSurveyVersion(h.db, created.id, 1)).toEqual({ sections: [{ id: 's1', questions: [] }] });

		const added = await changeDefinition(h.db, {
			...who,
			surveyId: created.id,
			op: 'add_question',
			change: ({ definition, newId }) => addQuestion(definition, 's1', newQuestion('single', newId('q'), 'Kā uzzinājāt par tirgu?', ['Draugi', 'Avīze', 'Internets'], () => newId('o')))
		});
		expect(added).toEqual({ ok: true, version: 1, newVersion: false, previousVersion: 1 });
		const removed = await changeDefinition(h.db, { ...who, surveyId: created.id, op: 'delete_option', change: ({ definition }) => { const q = definition.sections[0].questions[0]; return q.type === 'single' ? replaceQuestion(definition, { ...q, options: q.options.slice(0, 2) }) : { ok: false, error: 'x' }; } });
		expect(removed).toMatchObject({ ok: true, version: 1, newVersion: false });
		const v1 = await findSurveyVersion(h.db, created.id, 1);
		expect(v1?.sections[0].questions[0]).toMatchObject({ id: 'q1', options: [{ id: 'o1' }, { id: 'o2' }] });

		// a survey with no questions cannot open; with one it can, and closes and reopens
		expect(await changeSurveyStatus(h.db, { ...who, surveyId: again.ok ? again.id : '', to: 'open' })).toEqual({ ok: false, reason: 'no_questions' });
		expect(await changeSurveyStatus(h.db, { ...who, surveyId: created.id, to: 'open' })).toEqual({ ok: true, status: 'open' });
		expect(await changeSurveyStatus(h.db, { ...who, surveyId: created.id, to: 'closed' })).toEqual({ ok: true, status: 'closed' });
		expect(await changeSurveyStatus(h.db, { ...who, surveyId: created.id, to: 'open' })).toEqual({ ok: true, status: 'open' });
		const actions = (await h.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, created.id))).map((a) => a.action);
		expect(actions).toEqual(expect.arrayContaining(['survey.create', 'survey.questions', 'survey.open', 'survey.close', 'survey.reopen']));
	});

	it('once answered, a breaking change makes version 2 and the answers stay with version 1; a harmless one stays in place', async () => {
		const created = await createSurvey(h.db, { ...who, data: settings({ 'title.lv': 'Pēc semināra', audience: 'link', mode: 'identified' }) });
		if (!created.ok) throw new Error();
		await changeDefinition(h.db, { ...who, surveyId: created.id, op: 'add', change: ({ definition, newId }) => addQuestion(definition, 's1', newQuestion('yes_no', newId('q'), 'Vai bija noderīgi?', [], () => newId('o'))) });
		await changeDefinition(h.db, { ...who, surveyId: created.id, op: 'add', change: ({ definition, newId }) => addQuestion(definition, 's1', newQuestion('long_text', newId('q'), 'Ko uzlabot?', [], () => newId('o'))) });
		await h.db.insert(surveyResponses).values({ surveyId: created.id, version: 1, state: 'submitted', answers: { q1: 'yes', q2: 'Vairāk kafijas' }, startedOn: '2026-12-01', submittedOn: '2026-12-01' });

		const harmless = await changeDefinition(h.db, { ...who, surveyId: created.id, op: 'add', change: ({ definition, newId }) => addQuestion(definition, 's1', newQuestion('number', newId('q'), 'Cik reizes esat bijis?', [], () => newId('o'))) });
		expect(harmless).toMatchObject({ ok: true, version: 1, newVersion: false });
		const breaking = await changeDefinition(h.db, { ...who, surveyId: created.id, op: 'delete_question', change: ({ definition }) => deleteQuestion(definition, 'q2') });
		expect(breaking).toEqual({ ok: true, version: 2, newVersion: true, previousVersion: 1 });
		expect((await findSurvey(h.db, created.id))?.currentVersion).toBe(2);
		const versions = await listSurveyVersions(h.db, created.id);
		expect(versions.map((v) => v.definition.sections[0].questions.map((q) => q.id))).toEqual([['q1', 'q2', 'q3'], ['q1', 'q3']]);
		// the next id skips q2 for good, and version 2 (no answers yet) edits in place
		const next = await changeDefinition(h.db, { ...who, surveyId: created.id, op: 'add', change: ({ definition, newId }) => addQuestion(definition, 's1', newQuestion('short_text', newId('q'), 'Vārds', [], () => newId('o'))) });
		expect(next).toMatchObject({ ok: true, version: 2, newVersion: false });
		expect((await findSurveyVersion(h.db, created.id, 2))?.sections[0].questions.map((q) => q.id)).toEqual(['q1', 'q3', 'q4']);

		// an answered survey keeps its mode and cannot be deleted
		const locked = await saveSurveySettings(h.db, { ...who, surveyId: created.id, data: settings({ 'title.lv': 'Pēc semināra', audience: 'link', mode: 'anonymous' }) });
		expect(locked).toEqual({ ok: false, reason: 'invalid', errors: { mode: 'survey_build_mode_locked' } });
		expect(await removeDraftSurvey(h.db, { ...who, surveyId: created.id })).toBe('not_allowed');
	});

	it("another organisation's staff cannot change it, and someone who is no member is refused before any flow runs", async () => {
		const created = await createSurvey(h.db, { ...who, data: settings({ 'title.lv': 'Svešiem neredzama', audience: 'link', mode: 'anonymous' }) });
		if (!created.ok) throw new Error();
		const other = (await findWorkspaceOrganisation(h.db, 'latvijas-lauku-forums'))!.id;
		expect(await changeDefinition(h.db, { actorUserId: 'x', organisationId: other, surveyId: created.id, op: 'x', change: ({ definition }) => ({ ok: true, definition }) })).toEqual({ ok: false, reason: 'not_found' });
		const outsider = await loadPrincipal(h.db, { id: 'sv-outsider', email: 'sv-outsider@example.lv', emailVerified: true });
		const event = { locals: { principal: outsider }, url: new URL('http://localhost/lv/organizacijas/pierigas-partneriba/darbs/aptaujas'), params: { lang: 'lv' } } as unknown as Parameters<typeof authorize>[0];
		for (const capability of ['create:survey', 'update:survey', 'delete:survey'] as const) {
			await expect(authorize(event, capability, { organisationId: org })).rejects.toMatchObject({ status: 403 });
		}
		const coordinator = await loadPrincipal(h.db, { id: 'demo-pieriga', email: 'pieriga@demo.tuvuma.lv', emailVerified: true });
		await expect(authorize({ ...event, locals: { principal: coordinator } } as typeof event, 'update:survey', { organisationId: org })).resolves.toBeTruthy();
		expect(await removeDraftSurvey(h.db, { ...who, surveyId: created.id })).toBe('deleted');
	});

	it('the workspace card lists the latest surveys with their status, and "new survey" for the coordinator', async () => {
		const organisation = (await findWorkspaceOrganisation(h.db, 'pierigas-partneriba'))!;
		const coordinator = await loadPrincipal(h.db, { id: 'demo-pieriga', email: 'pieriga@demo.tuvuma.lv', emailVerified: true });
		const card = (await workspaceOverview(h.db, organisation, coordinator, 'lv')).find((s) => s.id === 'surveys');
		expect(card?.title).toBe('Aptaujas');
		expect(card?.items[0]).toMatchObject({ title: 'Pēc semināra', meta: 'Melnraksts' });
		expect(card?.actions.map((a) => a.label)).toEqual(['Jauna aptauja']);
	});
});
