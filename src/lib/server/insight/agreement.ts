/**
 * Agreement between coders over an organisation's doubly coded interviews (pure): per interview
 * (the mean of its coder pairs' kappa over sentences × codes) and per code (kappa over every
 * doubly coded interview's sentences for that code).
 */
import { agreementPairs, cohensKappa, type CodedSpan } from './kappa';
import { sentencesOf } from './sentences';

export type AgreementCoding = CodedSpan & { interviewId: string; coderId: string };
export type InterviewAgreement = { interviewId: string; coders: number; kappa: number | null };

function byCoder(codings: readonly AgreementCoding[]): Map<string, AgreementCoding[]> {
	const out = new Map<string, AgreementCoding[]>();
	for (const c of codings) out.set(c.coderId, [...(out.get(c.coderId) ?? []), c]);
	return out;
}

function pairsOf<T>(items: readonly T[]): [T, T][] {
	return items.flatMap((a, i) => items.slice(i + 1).map((b) => [a, b] as [T, T]));
}

export function interviewAgreement(text: string, interviewId: string, codings: readonly AgreementCoding[], codeIds: readonly string[]): InterviewAgreement {
	const coders = byCoder(codings);
	if (coders.size < 2) return { interviewId, coders: coders.size, kappa: null };
	const units = sentencesOf(text);
	const kappas = pairsOf([...coders.values()])
		.map(([a, b]) => cohensKappa(agreementPairs(units, a, b, codeIds)))
		.filter((k): k is number => k !== null);
	return { interviewId, coders: coders.size, kappa: kappas.length ? kappas.reduce((s, k) => s + k, 0) / kappas.length : null };
}

/** Per code: kappa over the sentences of every interview two or more coders coded. */
export function codeAgreement(interviews: readonly { id: string; text: string }[], codings: readonly AgreementCoding[], codeIds: readonly string[]): Map<string, number | null> {
	const perCode = new Map<string, [boolean, boolean][]>(codeIds.map((id) => [id, []]));
	for (const interview of interviews) {
		const coders = byCoder(codings.filter((c) => c.interviewId === interview.id));
		if (coders.size < 2) continue;
		const units = sentencesOf(interview.text);
		for (const [a, b] of pairsOf([...coders.values()])) for (const code of codeIds) perCode.get(code)!.push(...agreementPairs(units, a, b, [code]));
	}
	return new Map([...perCode].map(([code, pairs]) => [code, cohensKappa(pairs)]));
}
