import { describe, expect, it } from 'vitest';
import { clusterSize, dataUrl, viewBbox } from './url';

describe('viewBbox', () => {
	it('clamps a zoomed-out view to what the endpoint accepts', () => {
		expect(viewBbox(-270.5, -89, 300.25, 89)).toEqual([-180, -85.05113, 180, 85.05113]);
	});
	it('rounds to 5 decimals', () => {
		expect(viewBbox(24.1234567, 56.9876543, 24.2, 57)).toEqual([24.12346, 56.98765, 24.2, 57]);
	});
	it('never returns an empty box', () => {
		const [w, s, e, n] = viewBbox(180, 86, 200, 89);
		expect(w).toBeLessThan(e);
		expect(s).toBeLessThan(n);
	});
});

describe('dataUrl', () => {
	it('keeps the filters and adds the view', () => {
		expect(dataUrl('lv', [20, 55, 29, 59], 7, 'category=medus&kind=farm')).toBe('/lv/karte/dati?category=medus&kind=farm&bbox=20%2C55%2C29%2C59&zoom=7');
		expect(dataUrl('en', [1, 2, 3, 4], 9.4, '')).toBe('/en/karte/dati?bbox=1%2C2%2C3%2C4&zoom=9');
	});
});

describe('clusterSize', () => {
	it('grows with the count within 34…64 px', () => {
		expect(clusterSize(2)).toBeGreaterThanOrEqual(34);
		expect(clusterSize(100000)).toBeLessThanOrEqual(64);
		expect(clusterSize(1000)).toBeGreaterThan(clusterSize(10));
	});
});
