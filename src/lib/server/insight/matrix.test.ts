import { describe, expect, it } from 'vitest';
import { buildMatrix, quoteOf } from './matrix';
import { canMerge, canMoveUnder, codeTree, subtreeOf } from './taxonomy';

const codes = [
	{ id: 'infra', parentId: null, name: 'Infrastruktūra', sortKey: 'infrastruktura' },
	{ id: 'space', parentId: 'infra', name: 'Koprades telpas', sortKey: 'koprades telpas' },
	{ id: 'net', parentId: 'infra', name: 'Internets', sortKey: 'internets' },
	{ id: 'sales', parentId: null, name: 'Noieta iespējas', sortKey: 'noieta iespejas' }
];
const interviews = [
	{ id: 'i1', respondentType: 'entrepreneur', municipalityId: 1, text: 'Mums vajag koprades telpu. Internets ir lēns.' },
	{ id: 'i2', respondentType: 'resident', municipalityId: 2, text: 'Nav kur pārdot. Telpu arī nav.' },
	{ id: 'i3', respondentType: 'entrepreneur', municipalityId: 1, text: 'Trūkst tirgus.' }
];
const codings = [
	{ interviewId: 'i1', codeId: 'space', start: 0, end: 26 },
	{ interviewId: 'i1', codeId: 'net', start: 27, end: 45 },
	{ interviewId: 'i2', codeId: 'sales', start: 0, end: 15 },
	{ interviewId: 'i2', codeId: 'space', start: 16, end: 30 },
	{ interviewId: 'i3', codeId: 'sales', start: 0, end: 14 },
	{ interviewId: 'i3', codeId: 'sales', start: 0, end: 14 } // a second coder, same passage
];

describe('buildMatrix', () => {
	const m = buildMatrix(codes, interviews, codings, ['resident', 'entrepreneur', 'ngo'], (i) => i.respondentType);
	const row = (id: string) => m.rows.find((r) => r.codeId === id)!;

	it('lists codes as a tree and counts interviews per column, subcodes counting for parents', () => {
		expect(m.rows.map((r) => [r.name, r.depth])).toEqual([
			['Infrastruktūra', 0],
			['Internets', 1],
			['Koprades telpas', 1],
			['Noieta iespējas', 0]
		]);
		expect(row('infra').cells.map((c) => c.interviews)).toEqual([1, 1, 0]);
		expect(row('infra').total).toMatchObject({ interviews: 2, passages: 3 });
		expect(row('sales').cells.map((c) => c.interviews)).toEqual([1, 1, 0]);
	});

	it('counts a passage two coders tagged once, and shows it as a quote', () => {
		expect(row('sales').total.passages).toBe(2);
		expect(row('sales').cells[1].quotes).toEqual(['Trūkst tirgus.']);
		expect(row('space').cells[0].quotes).toEqual(['Telpu arī nav.']);
	});

	it('groups by municipality the same way', () => {
		const byMun = buildMatrix(codes, interviews, codings, ['1', '2'], (i) => (i.municipalityId === null ? null : String(i.municipalityId)));
		expect(byMun.rows.find((r) => r.codeId === 'space')!.cells.map((c) => c.interviews)).toEqual([1, 1]);
	});

	it('shortens long quotes', () => {
		expect(quoteOf('a'.repeat(400), 0, 400)).toHaveLength(280);
	});
});

describe('taxonomy rules', () => {
	it('orders the tree in Latvian order with paths', () => {
		expect(codeTree(codes).map((c) => c.path)).toEqual(['Infrastruktūra', 'Infrastruktūra › Internets', 'Infrastruktūra › Koprades telpas', 'Noieta iespējas']);
	});

	it('refuses moves and merges that would make a loop', () => {
		expect(subtreeOf(codes, 'infra')).toEqual(new Set(['infra', 'space', 'net']));
		expect(canMoveUnder(codes, 'infra', 'space')).toBe(false);
		expect(canMoveUnder(codes, 'space', 'sales')).toBe(true);
		expect(canMerge(codes, 'infra', 'net')).toBe(false);
		expect(canMerge(codes, 'net', 'infra')).toBe(true);
		expect(canMerge(codes, 'net', 'net')).toBe(false);
	});
});
