import { describe, expect, it } from 'vitest';
import { judgeDuplicate, rankDuplicates, MAX_DUPLICATES, type DuplicateEvidence, type PossibleDuplicate } from './score';

const none: DuplicateEvidence = { nameSimilarity: 0, samePhone: false, sameEmail: false, sameWebsite: false, sameMunicipality: false };

describe('judgeDuplicate', () => {
	it('ignores a row that only shares the municipality', () => {
		expect(judgeDuplicate({ ...none, sameMunicipality: true, nameSimilarity: 0.2 })).toBeNull();
	});

	it('counts a looser name match in the same municipality', () => {
		expect(judgeDuplicate({ ...none, nameSimilarity: 0.35 })).toBeNull();
		expect(judgeDuplicate({ ...none, nameSimilarity: 0.35, sameMunicipality: true })?.reasons).toEqual(['name', 'municipality']);
	});

	it('lists every reason and scores the same phone above a merely similar name', () => {
		const phone = judgeDuplicate({ ...none, samePhone: true })!;
		const name = judgeDuplicate({ ...none, nameSimilarity: 0.6 })!;
		expect(phone.reasons).toEqual(['phone']);
		expect(phone.score).toBeGreaterThan(name.score);
		const all = judgeDuplicate({ nameSimilarity: 1, samePhone: true, sameEmail: true, sameWebsite: true, sameMunicipality: true })!;
		expect(all.reasons).toEqual(['name', 'phone', 'email', 'website', 'municipality']);
		expect(all.score).toBeLessThanOrEqual(1);
		expect(all.score).toBeGreaterThan(0.9);
	});

	it('raises the score for the same municipality', () => {
		const far = judgeDuplicate({ ...none, nameSimilarity: 0.7 })!;
		const near = judgeDuplicate({ ...none, nameSimilarity: 0.7, sameMunicipality: true })!;
		expect(near.score).toBeGreaterThan(far.score);
	});
});

describe('rankDuplicates', () => {
	const item = (name: string, score: number): PossibleDuplicate => ({ id: name, slug: name, name, municipalityName: null, status: 'published', reasons: ['name'], score });
	it('puts the best first, ties in Latvian order, and keeps at most MAX_DUPLICATES', () => {
		const ranked = rankDuplicates([item('Ābele', 0.5), item('Zīle', 0.9), item('Čiekurs', 0.5), item('Cīrulis', 0.5)]);
		expect(ranked.map((d) => d.name)).toEqual(['Zīle', 'Ābele', 'Cīrulis', 'Čiekurs']);
		expect(rankDuplicates(Array.from({ length: 20 }, (_, i) => item(`n${i}`, i / 20)))).toHaveLength(MAX_DUPLICATES);
	});
});
