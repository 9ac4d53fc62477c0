import { describe, expect, it } from 'vitest';
import { latvianSortKey, nameSortKey, sortLatvian } from './collation';

const words = ['Žagari', 'zaķis', 'Čiekuri', 'cepums', 'āboli', 'abra', 'Ķekava', 'kaza', 'Ēdoles', 'egle', 'šķiņķis', 'siers', 'Ūdri', 'upe', 'ņemt', 'nauda', 'ģimene', 'gurķis', '"Drošā māja"', 'Dārziņi'];

describe('Latvian collation', () => {
	it('sort key orders like Intl.Collator("lv")', () => {
		const byKey = [...words].sort((a, b) => (latvianSortKey(a) < latvianSortKey(b) ? -1 : latvianSortKey(a) > latvianSortKey(b) ? 1 : 0));
		const byCollator = sortLatvian(words, (w) => w.replace(/"/g, ''));
		expect(byKey).toEqual(byCollator);
	});

	it('puts ā after every a-word and ž last', () => {
		const sorted = sortLatvian(['ābols', 'azote', 'žubīte', 'zebra'], (w) => w);
		expect(sorted).toEqual(['azote', 'ābols', 'zebra', 'žubīte']);
	});
});

describe('listing names', () => {
	it('ignore legal-form prefixes and quotes', () => {
		const names = ['Z/S "Kalnmuižas"', 'SIA "Dzērvenīte"', 'Bites un Co', 'Ābolu dārzs', 'Annas virtuve', 'biedrība "Ēdoles amatnieki"'];
		const sorted = [...names].sort((a, b) => (nameSortKey(a) < nameSortKey(b) ? -1 : 1));
		expect(sorted).toEqual(['Annas virtuve', 'Ābolu dārzs', 'Bites un Co', 'SIA "Dzērvenīte"', 'biedrība "Ēdoles amatnieki"', 'Z/S "Kalnmuižas"']);
	});
});
