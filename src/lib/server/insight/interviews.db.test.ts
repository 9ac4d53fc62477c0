import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { DbHandle } from '$lib/server/db/client';
import { auditLog, interviewCodings, organisations } from '$lib/server/db/schema';
import { openTestDb } from '$lib/server/db/test-db';
import { addCode, changeCode, mergeCode } from './codes-flow';
import { listCodes } from './codes-repository';
import { extractInterviewText } from './extract-job';
import { codesPage, interviewPage } from './interview-queries';
import { codePassages, createInterview, editInterview } from './interviews-flow';
import { findInterview } from './interviews-repository';
import { matrices, matrixXlsx } from './matrix-queries';
import { docxOf } from './test-files';

let h: DbHandle;
let org: string;
const ANNA = 'demo-pieriga';
const JURIS = 'demo-pieriga-redaktors';
const fields = { reference: 'T-01 Olaine', respondentType: 'entrepreneur' as const, municipalityId: null, heldOn: '2026-11-02', consent: 'written' as const };
const TEXT = 'Trūkst koprades telpas. Internets ir lēns. Autobuss iet reti.';

beforeAll(async () => {
	h = await openTestDb({ seed: true });
	org = (await h.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, 'pierigas-partneriba')))[0].id;
});
afterAll(async () => h?.close());

const code = async (name: string, parent?: string) => {
	const r = await addCode(h.db, org, { name, parent });
	if (!r.ok) throw new Error(JSON.stringify(r.errors));
	return r.id;
};

describe('interviews and their coding', () => {
	let interviewId: string;
	let infra: string, space: string, net: string, transport: string;

	it('records a typed interview and refuses one with neither text nor a usable file', async () => {
		const created = await createInterview(h.db, { organisationId: org, actorUserId: ANNA, fields, text: `  ${TEXT}\r\n` });
		expect(created.ok).toBe(true);
		interviewId = (created as { id: string }).id;
		expect((await findInterview(h.db, org, interviewId))?.text).toBe(TEXT);
		expect(await createInterview(h.db, { organisationId: org, actorUserId: ANNA, fields, text: ' ' })).toEqual({ ok: false, errors: { text: 'text_or_file' } });
		const bad = await createInterview(h.db, { organisationId: org, actorUserId: ANNA, fields, upload: { name: 'x.docx', bytes: new TextEncoder().encode('not a document') } });
		expect(bad).toEqual({ ok: false, errors: { file: 'file_type' } });
		// another organisation cannot read it
		const other = (await h.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, 'lauku-partneriba-lielupe')))[0].id;
		expect(await findInterview(h.db, other, interviewId)).toBeNull();
	});

	it('reads an uploaded DOCX in the job, not in the request', async () => {
		const bytes = await docxOf(['Vajag kopīgu virtuvi.', 'Un tirdziņu sestdienās.']);
		const created = await createInterview(h.db, { organisationId: org, actorUserId: ANNA, fields: { ...fields, reference: 'T-02' }, upload: { name: 'saruna.docx', bytes } });
		const id = (created as { id: string }).id;
		expect((await findInterview(h.db, org, id))?.textStatus).toBe('extracting');
		await extractInterviewText(h.db, id);
		const done = await findInterview(h.db, org, id);
		expect(done).toMatchObject({ textStatus: 'ready', text: 'Vajag kopīgu virtuvi.\n\nUn tirdziņu sestdienās.' });
		const audit = await h.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, id));
		expect(audit.map((a) => a.action)).toEqual(['interview.create']);
	});

	it('tags sentences or a selection with codes, for each coder, and computes their agreement', async () => {
		infra = await code('Infrastruktūra');
		space = await code('Koprades telpas', infra);
		net = await code('Internets', infra);
		transport = await code('Transports', infra);
		expect(await addCode(h.db, org, { name: 'Internets', parent: infra })).toEqual({ ok: false, errors: { name: 'code_exists' } });

		// Anna ticks sentences 0 and 2 for "koprades telpas" and "transports" (two passages); Juris selects text
		expect(await codePassages(h.db, { organisationId: org, interviewId, coderId: ANNA, codeIds: [space], sentences: [0] })).toEqual({ ok: true, added: 1 });
		expect(await codePassages(h.db, { organisationId: org, interviewId, coderId: ANNA, codeIds: [net], sentences: [1] })).toEqual({ ok: true, added: 1 });
		expect(await codePassages(h.db, { organisationId: org, interviewId, coderId: ANNA, codeIds: [transport], sentences: [2] })).toEqual({ ok: true, added: 1 });
		expect(await codePassages(h.db, { organisationId: org, interviewId, coderId: JURIS, codeIds: [space], sentences: [], start: 0, end: 22 })).toEqual({ ok: true, added: 1 });
		expect(await codePassages(h.db, { organisationId: org, interviewId, coderId: JURIS, codeIds: [net, transport], sentences: [1, 2] })).toEqual({ ok: true, added: 2 });
		// the same tag again is not a second row; a passage outside the text or a code of another organisation is refused
		expect(await codePassages(h.db, { organisationId: org, interviewId, coderId: ANNA, codeIds: [space], sentences: [0] })).toEqual({ ok: true, added: 0 });
		expect(await codePassages(h.db, { organisationId: org, interviewId, coderId: ANNA, codeIds: [space], sentences: [9] })).toEqual({ ok: false, errors: { sentence: 'no_passage' } });
		expect(await codePassages(h.db, { organisationId: org, interviewId, coderId: ANNA, codeIds: ['00000000-0000-4000-8000-000000000000'], sentences: [0] })).toEqual({ ok: false, errors: { codes: 'invalid' } });

		const page = await interviewPage(h.db, org, interviewId, ANNA);
		expect(page!.coders).toHaveLength(2);
		expect(page!.passages.find((p) => p.start === 0)!.quote).toBe('Trūkst koprades telpas');
		// Juris tagged sentences 1 and 2 together with both codes: agreement below 1, above 0
		expect(page!.kappa).toBeGreaterThan(0);
		expect(page!.kappa).toBeLessThan(1);
	});

	it('keeps a coded interview’s text as it is', async () => {
		expect(await editInterview(h.db, { organisationId: org, interviewId, fields: { ...fields, reference: 'T-01b' }, text: 'Cits teksts.' })).toEqual({ ok: true });
		expect(await findInterview(h.db, org, interviewId)).toMatchObject({ reference: 'T-01b', text: TEXT });
	});

	it('shows the matrix with quotes and exports it to XLSX that reads back', async () => {
		const data = await matrices(h.db, org, 'lv');
		const row = data.byRespondent.matrix.rows.find((r) => r.codeId === infra)!;
		expect(row.cells[1]).toMatchObject({ interviews: 1 }); // entrepreneur
		expect(row.total.quotes.length).toBeGreaterThan(0);
		const book = new ExcelJS.Workbook();
		await book.xlsx.load((await matrixXlsx(h.db, org, 'lv')) as unknown as ArrayBuffer);
		expect(book.worksheets.map((w) => w.name)).toEqual(['Kodi × respondentu veidi', 'Kodi × novadi', 'Citāti']);
		const sheet = book.worksheets[0];
		expect(sheet.getRow(1).getCell(3).value).toBe('Uzņēmējs');
		const infraRow = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1)).find((r) => r.getCell(1).value === 'Infrastruktūra')!;
		expect(infraRow.getCell(3).value).toBe(1);
		const quotes = book.worksheets[2];
		expect(quotes.getRow(2).getCell(4).value).toBeTruthy();
	});

	it('merges a code into another: codings move, a same-named subcode merges too, no loops', async () => {
		const needs = await code('Vajadzības');
		const dup = await code('Koprades telpas', needs);
		await codePassages(h.db, { organisationId: org, interviewId, coderId: ANNA, codeIds: [dup], sentences: [1] });
		expect(await mergeCode(h.db, org, { from: infra, into: space, actorUserId: ANNA })).toEqual({ ok: false, errors: { into: 'merge_loop' } });
		expect(await changeCode(h.db, org, { code: infra, name: 'Infrastruktūra', parent: space })).toEqual({ ok: false, errors: { parent: 'merge_loop' } });
		const merged = await mergeCode(h.db, org, { from: infra, into: needs, actorUserId: ANNA });
		expect(merged.ok).toBe(true);
		const codes = await listCodes(h.db, org);
		expect(codes.some((c) => c.id === infra || c.id === space)).toBe(false); // "Koprades telpas" merged into its twin
		expect(codes.filter((c) => c.parentId === needs).map((c) => c.name).sort()).toEqual(['Internets', 'Koprades telpas', 'Transports']);
		const onDup = await h.db.select({ coder: interviewCodings.coderId, start: interviewCodings.startOffset }).from(interviewCodings).where(eq(interviewCodings.codeId, dup));
		expect(onDup).toHaveLength(3); // Anna's and Juris's passage 0, Anna's passage 1
		const page = await codesPage(h.db, org);
		expect(page.codes.find((c) => c.id === dup)).toMatchObject({ interviews: 1, codings: 3, depth: 1 });
	});
});
