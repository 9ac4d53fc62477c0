import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { ChoiceResult } from '$lib/domain/survey/results';
import { openTestDb } from '../db/test-db';
import type { DbHandle } from '../db/client';
import { auditLog, user } from '../db/schema';
import { findWorkspaceOrganisation } from '../workspace/organisations-lookup';
import { setQuote, setResultsPublished } from './publish-flow';
import { insertStorySurvey } from './results-fixture';
import { breakdownOf, loadResults, publishedResults, textAnswers } from './results-queries';
import { responsesTable, resultsTable, tableCsv, tableXlsx } from './results-export';
import { findSurvey } from './surveys-repository';
import { surveyResultsBody } from './api';
import { SurveyResultsResponse } from './api-schemas';
import { DEMO_SURVEY_SLUG } from './demo-data';

let h: DbHandle;
let org: string;
let surveyId: string;
beforeAll(async () => {
	h = await openTestDb({ seed: true });
	await h.db.insert(user).values({ id: 'sr1', name: 'Koordinatore', email: 'sr1@example.lv', emailVerified: true });
	org = (await findWorkspaceOrganisation(h.db, 'pierigas-partneriba'))!.id;
	surveyId = await insertStorySurvey(h.db, org, 'socialas-uznemejdarbibas-aptauja');
});
afterAll(async () => h?.close());

describe('survey results from the database', () => {
	it('counts the 169 submitted responses: 46 %, and 52 / 44 / 33 % over respondents', async () => {
		const loaded = (await loadResults(h.db, (await findSurvey(h.db, surveyId))!, 'lv'))!;
		expect(loaded.results.respondents).toBe(169);
		const [widened, useful] = loaded.results.questions as ChoiceResult[];
		expect(widened.options[0]).toMatchObject({ label: { lv: 'Jā' }, count: 78, percent: 46 });
		expect(useful.options.map((o) => `${o.percent} % (${o.count})`)).toEqual(['52 % (88)', '44 % (74)', '33 % (56)']);
		expect(textAnswers(loaded)).toHaveLength(2);
		// the 3 "other" respondents are hidden, and so the next smallest group
		const byGender = breakdownOf(loaded, 'gender', 'lv')[0];
		expect(byGender.groups.map((g) => [g.key, g.suppressed])).toEqual([
			['female', false],
			['male', true],
			['other', true]
		]);
	});

	it('the public results exist only once published; quotes are only chosen free-text answers', async () => {
		expect(await publishedResults(h.db, 'socialas-uznemejdarbibas-aptauja', 'lv')).toBeNull();
		expect(await setResultsPublished(h.db, { actorUserId: 'sr1', organisationId: org, surveyId, publish: true })).toBe(true);
		const other = (await findWorkspaceOrganisation(h.db, 'latvijas-lauku-forums'))!.id;
		expect(await setResultsPublished(h.db, { actorUserId: 'sr1', organisationId: other, surveyId, publish: false })).toBe(false);
		let pub = (await publishedResults(h.db, 'socialas-uznemejdarbibas-aptauja', 'en'))!;
		expect(pub.quotes).toEqual([]);
		const answer = textAnswers(pub).find((a) => a.text.startsWith('Laboratorija'))!;
		expect(await setQuote(h.db, { actorUserId: 'sr1', organisationId: org, surveyId, responseId: answer.responseId, questionId: 'widened', pick: true })).toBe(false);
		expect(await setQuote(h.db, { actorUserId: 'sr1', organisationId: org, surveyId, responseId: answer.responseId, questionId: 'comment', pick: true })).toBe(true);
		pub = (await publishedResults(h.db, 'socialas-uznemejdarbibas-aptauja', 'en'))!;
		expect(pub.quotes.map((q) => q.text)).toEqual(['Laboratorija deva drosmi sākt savu uzņēmumu.']);
		const audit = await h.db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entityType, 'survey'), eq(auditLog.entityId, surveyId)));
		expect(audit.map((a) => a.action).sort()).toEqual(['survey_results.publish', 'survey_results.quote_add']);
		// the API gives the same numbers, checked by the schema the OpenAPI document is built from
		const api = SurveyResultsResponse.parse({ data: await surveyResultsBody(h.db, 'socialas-uznemejdarbibas-aptauja', { origin: 'https://tuvuma.test', lang: 'en' }) }).data;
		expect(api.respondents).toBe(169);
		expect(api.questions.map((q) => q.id)).toEqual(['widened', 'useful', 'rating']);
		expect(api.questions[1]).toMatchObject({ multiple_answers: true, options: [{ label: 'Video lectures and handbook', count: 88, percent: 52 }, { count: 74, percent: 44 }, { count: 56, percent: 33 }] });
		expect(api.quotes).toEqual([{ question: 'Anything to add?', text: 'Laboratorija deva drosmi sākt savu uzņēmumu.' }]);
		expect(JSON.stringify(api)).not.toContain('HYPERLINK');
		await setResultsPublished(h.db, { actorUserId: 'sr1', organisationId: org, surveyId, publish: false });
		expect(await surveyResultsBody(h.db, 'socialas-uznemejdarbibas-aptauja', { origin: 'https://tuvuma.test', lang: 'en' })).toBeNull();
		expect(await publishedResults(h.db, 'socialas-uznemejdarbibas-aptauja', 'lv')).toBeNull();
	});

	it('exports the responses as XLSX that reads back, one column per option, formulas escaped', async () => {
		const loaded = (await loadResults(h.db, (await findSurvey(h.db, surveyId))!, 'lv'))!;
		const table = await responsesTable(h.db, loaded, 'lv');
		expect(table.rows).toHaveLength(169);
		expect(table.header).not.toContain('E-pasts');
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load((await tableXlsx(table, 'Atbildes')) as unknown as ArrayBuffer);
		const sheet = workbook.worksheets[0];
		const header = (sheet.getRow(1).values as unknown[]).slice(1);
		const col = header.indexOf('Kas bija visnoderīgākais?: Biznesa ideju laboratorija') + 1;
		expect(col).toBeGreaterThan(0);
		const labCells = Array.from({ length: 169 }, (_, i) => sheet.getRow(i + 2).getCell(col).value);
		expect(new Set(labCells)).toEqual(new Set([0, 1]));
		expect(labCells.filter((v) => v === 1)).toHaveLength(56);
		const comment = header.indexOf('Ko vēlaties piebilst?') + 1;
		const comments = Array.from({ length: 169 }, (_, i) => sheet.getRow(i + 2).getCell(comment).value);
		expect(comments).toContain(`'=HYPERLINK("https://example.com","klikšķiniet")`);
		expect(sheet.getRow(2).getCell(2).value).toBe('2026-11-20');
		const csv = tableCsv(table);
		expect(csv).toContain(`"'=HYPERLINK(""https://example.com"",""klikšķiniet"")"`);
		const results = tableCsv(resultsTable(loaded, 'lv'));
		expect(results).toContain('Kas bija visnoderīgākais?;Ievadpasākumi;74;44;169');
	});

	it('the demo survey (seed story) gives 46 %, and 52 / 44 / 33 % of 169', async () => {
		const demo = (await publishedResults(h.db, DEMO_SURVEY_SLUG, 'lv'))!;
		expect(demo.results.respondents).toBe(169);
		const [q1, q2] = demo.results.questions as ChoiceResult[];
		expect(q1.options[0]).toMatchObject({ count: 78, percent: 46 });
		expect(q2.multi).toBe(true);
		expect(q2.options.slice(0, 3).map((o) => [o.count, o.percent])).toEqual([
			[88, 52],
			[74, 44],
			[56, 33]
		]);
	});
});
