import { describe, expect, it } from 'vitest';
import { ResponseStore, type StoredResponse } from './response-store';

const response = (bytes: number): StoredResponse => ({ status: 200, headers: [['content-type', 'text/html']], body: new Uint8Array(bytes) });

describe('the store of finished responses', () => {
	it('answers only within the generation it was filled in, and a new generation empties it', () => {
		const store = new ResponseStore(1000);
		store.put('g1', '/lv', response(10));
		expect(store.get('g1', '/lv')?.body.byteLength).toBe(10);
		expect(store.get('g2', '/lv')).toBeUndefined();
		store.put('g2', '/lv/razotaji', response(20));
		expect(store.get('g1', '/lv')).toBeUndefined();
		expect(store.size).toBe(1);
		expect(store.storedBytes).toBe(20);
	});

	it('drops the least recently used bodies once they pass the budget, and skips one too big to keep', () => {
		const store = new ResponseStore(100);
		store.put('g', 'a', response(10));
		store.put('g', 'b', response(10));
		store.put('g', 'c', response(10));
		store.get('g', 'a'); // a is now the most recent
		for (const key of ['d', 'e', 'f', 'g', 'h', 'i', 'j', 'k']) store.put('g', key, response(10));
		expect(store.storedBytes).toBeLessThanOrEqual(100);
		expect(store.get('g', 'a')).toBeDefined();
		expect(store.get('g', 'b')).toBeUndefined();
		store.put('g', 'huge', response(13));
		expect(store.get('g', 'huge')).toBeUndefined();
	});

	it('replacing a key counts its bytes once', () => {
		const store = new ResponseStore(100);
		store.put('g', 'a', response(10));
		store.put('g', 'a', response(12));
		expect(store.storedBytes).toBe(12);
		expect(store.size).toBe(1);
	});
});
