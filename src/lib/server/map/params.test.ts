import { describe, expect, it } from 'vitest';
import { parseBbox, parseZoom, readMapRequest } from './params';

describe('parseBbox', () => {
	it('reads west,south,east,north', () => {
		expect(parseBbox('20.97,55.67,28.24,58.09')).toEqual({ west: 20.97, south: 55.67, east: 28.24, north: 58.09 });
		expect(parseBbox(' -180 , -90 , 180 , 90 ')).toEqual({ west: -180, south: -90, east: 180, north: 90 });
	});
	it.each([
		[null, /required/],
		['', /required/],
		['1,2,3', /four/],
		['1,2,3,4,5', /four/],
		['a,b,c,d', /decimal/],
		['1e1,2,3,4', /decimal/],
		['0x10,2,3,4', /decimal/],
		['Infinity,2,3,4', /decimal/],
		['NaN,2,3,4', /decimal/],
		['1,,3,4', /decimal/],
		['-181,50,20,60', /longitudes/],
		['10,50,181,60', /longitudes/],
		['10,-91,20,60', /latitudes/],
		['10,50,20,91', /latitudes/],
		['20,50,10,60', /west/],
		['10,50,10,60', /west/],
		['10,60,20,50', /south/],
		['1'.repeat(200), /too long/]
	])('rejects %s', (raw, reason) => {
		const result = parseBbox(raw);
		expect(typeof result).toBe('string');
		expect(result).toMatch(reason);
	});
});

describe('parseZoom', () => {
	it('reads whole zooms 0…20', () => {
		expect(parseZoom('0')).toBe(0);
		expect(parseZoom('7')).toBe(7);
		expect(parseZoom('20')).toBe(20);
	});
	it.each([null, '', '-1', '21', '99', '7.5', 'seven', '1e1', '007'])('rejects %s', (raw) => {
		expect(typeof parseZoom(raw)).toBe('string');
	});
});

describe('readMapRequest', () => {
	it('returns the view and the directory filters', () => {
		const r = readMapRequest(new URLSearchParams('bbox=20,55,29,59&zoom=7&category=medus&region=latgale&page=3'));
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.request.bbox).toEqual({ west: 20, south: 55, east: 29, north: 59 });
		expect(r.request.zoom).toBe(7);
		expect(r.request.query).toMatchObject({ category: 'medus', region: 'latgale', municipality: '', kind: '', label: '' });
	});
	it('is an RFC 9457 problem naming every bad parameter', () => {
		const r = readMapRequest(new URLSearchParams('bbox=1,2,3&zoom=x'));
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.problem).toMatchObject({ type: 'about:blank', title: 'Bad Request', status: 400 });
		expect(r.problem['invalid-params'].map((p) => p.name)).toEqual(['bbox', 'zoom']);
		expect(r.problem.detail).toMatch(/bbox: .*; zoom: /);
	});
	it('cuts over-long filter values like the directory does', () => {
		const r = readMapRequest(new URLSearchParams(`bbox=20,55,29,59&zoom=7&category=${'x'.repeat(500)}`));
		expect(r.ok && r.request.query.category.length).toBe(80);
	});
});
