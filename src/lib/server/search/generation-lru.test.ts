import { describe, expect, it } from 'vitest';
import { cacheOf, GenerationLru } from './generation-lru';

describe('GenerationLru', () => {
	it('answers a repeated key from the cache until the generation moves on', () => {
		const lru = new GenerationLru<{ n: number }>();
		let computed = 0;
		const get = (generation: number, key: string) => lru.get(generation, key, 10, () => ({ n: ++computed }));
		const first = get(1, 'medus');
		expect(get(1, 'medus')).toBe(first);
		expect(get(1, 'siers')).not.toBe(first);
		expect(get(2, 'medus')).not.toBe(first);
		expect(computed).toBe(3);
	});

	it('keeps at most `entries` answers, dropping the least recently used; 0 keeps none', () => {
		const lru = new GenerationLru<object>();
		const get = (key: string, entries = 2) => lru.get(1, key, entries, () => ({ key }));
		const a = get('a');
		const b = get('b');
		expect(get('a')).toBe(a); // a used again: b is now the oldest
		get('c');
		expect(get('a')).toBe(a);
		expect(get('b')).not.toBe(b);
		const off = get('d', 0);
		expect(get('d', 0)).not.toBe(off);
	});

	it('does not keep a failed answer, and gives each owner its own cache', async () => {
		const caches = new WeakMap<object, GenerationLru<Promise<string>>>();
		const owner = {};
		const lru = cacheOf(caches, owner);
		expect(cacheOf(caches, owner)).toBe(lru);
		expect(cacheOf(caches, {})).not.toBe(lru);
		let calls = 0;
		const compute = async () => {
			if (++calls === 1) throw new Error('database away');
			return 'ok';
		};
		await expect(lru.getAsync(1, 'k', 10, compute)).rejects.toThrow('database away');
		expect(await lru.getAsync(1, 'k', 10, compute)).toBe('ok');
		expect(await lru.getAsync(1, 'k', 10, compute)).toBe('ok');
		expect(calls).toBe(2);
	});
});
