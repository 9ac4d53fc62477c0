/** Page data of the needs analysis (issue 20): the interview list, one interview to code, the taxonomy. */
import type { Db } from '../db/types';
import { codeAgreement, interviewAgreement } from './agreement';
import { listCodes } from './codes-repository';
import { codingsOf, codingsOfOrganisation } from './codings-repository';
import { findInterview, findInterviewFile, interviewTexts, listInterviews } from './interviews-repository';
import { sentencesOf } from './sentences';
import { codeTree } from './taxonomy';

export async function interviewsPage(db: Db, organisationId: string) {
	const [list, texts, codings, codes] = await Promise.all([listInterviews(db, organisationId), interviewTexts(db, organisationId), codingsOfOrganisation(db, organisationId), listCodes(db, organisationId)]);
	const codeIds = codes.map((c) => c.id);
	const textOf = new Map(texts.map((t) => [t.id, t.text]));
	return {
		interviews: list.map((i) => ({
			...i,
			agreement: i.coders >= 2 ? interviewAgreement(textOf.get(i.id) ?? '', i.id, codings.filter((c) => c.interviewId === i.id), codeIds).kappa : null
		})),
		codes: codes.length
	};
}

export type Segment = { start: number; end: number; text: string; codings: string[] };

/**
 * The text cut at every coding's edges: each piece lists the codings covering it, so the page
 * can mark them without computing offsets itself.
 */
export function segmentsOf(text: string, codings: readonly { id: string; start: number; end: number }[], from = 0, to = text.length): Segment[] {
	const cuts = new Set([from, to]);
	for (const c of codings) {
		cuts.add(Math.max(from, Math.min(to, c.start)));
		cuts.add(Math.max(from, Math.min(to, c.end)));
	}
	const points = [...cuts].sort((a, b) => a - b);
	const out: Segment[] = [];
	for (let i = 0; i < points.length - 1; i++) {
		const [start, end] = [points[i], points[i + 1]];
		if (start === end) continue;
		out.push({ start, end, text: text.slice(start, end), codings: codings.filter((c) => c.start < end && start < c.end).map((c) => c.id) });
	}
	return out;
}

export async function interviewPage(db: Db, organisationId: string, interviewId: string, userId: string) {
	const interview = await findInterview(db, organisationId, interviewId);
	if (!interview) return null;
	const [codes, codings, file] = await Promise.all([listCodes(db, organisationId), codingsOf(db, interview.id), findInterviewFile(db, interview.id)]);
	const tree = codeTree(codes);
	const codeName = new Map(tree.map((c) => [c.id, c.path]));
	const sentences = sentencesOf(interview.text).map((s, index) => ({
		...s,
		index,
		segments: segmentsOf(interview.text, codings.filter((c) => c.start < s.end && s.start < c.end), s.start, s.end)
	}));
	const coders = [...new Map(codings.map((c) => [c.coderId, c.coderName])).entries()].map(([id, name]) => ({ id, name, mine: id === userId, codings: codings.filter((c) => c.coderId === id).length }));
	const agreement = interviewAgreement(interview.text, interview.id, codings, codes.map((c) => c.id));
	const tagged = codings
		.map((c) => ({ id: c.id, codeId: c.codeId, code: codeName.get(c.codeId) ?? '', start: c.start, end: c.end, mine: c.coderId === userId, coder: c.coderName }))
		.sort((a, b) => a.start - b.start || a.end - b.end || a.code.localeCompare(b.code, 'lv'));
	// one entry per passage, with every code anyone gave it
	const passages: { start: number; end: number; quote: string; tags: typeof tagged }[] = [];
	for (const t of tagged) {
		const last = passages[passages.length - 1];
		if (last && last.start === t.start && last.end === t.end) last.tags.push(t);
		else passages.push({ start: t.start, end: t.end, quote: interview.text.slice(t.start, t.end), tags: [t] });
	}
	return {
		interview: { ...interview, file: file ? { name: file.fileName, error: file.error } : null },
		sentences,
		codes: tree.map((c) => ({ id: c.id, name: c.name, path: c.path, depth: c.depth })),
		codings: tagged,
		passages,
		coders,
		kappa: agreement.kappa
	};
}

export async function codesPage(db: Db, organisationId: string) {
	const [codes, codings, texts] = await Promise.all([listCodes(db, organisationId), codingsOfOrganisation(db, organisationId), interviewTexts(db, organisationId)]);
	const perCode = codeAgreement(texts, codings, codes.map((c) => c.id));
	const tree = codeTree(codes);
	const uses = (id: string) => codings.filter((c) => c.codeId === id);
	return {
		codes: tree.map((c) => ({
			id: c.id,
			name: c.name,
			description: c.description,
			parentId: c.parentId,
			path: c.path,
			depth: c.depth,
			codings: uses(c.id).length,
			interviews: new Set(uses(c.id).map((u) => u.interviewId)).size,
			kappa: perCode.get(c.id) ?? null
		}))
	};
}
