import { describe, expect, it } from 'vitest';
import { dependencyOrder, type TableInfo } from './catalog';
import { parentsFirst } from './format';

const table = (name: string, dependsOn: string[] = []): TableInfo => ({ name, columns: [], primaryKey: [], selfReferences: [], dependsOn });

describe('backup ordering', () => {
	it('puts referenced tables first', () => {
		const order = dependencyOrder([table('products', ['producers', 'categories']), table('producers', ['territories']), table('territories'), table('categories')]);
		expect(order.map((t) => t.name)).toEqual(['territories', 'categories', 'producers', 'products']);
	});

	it('refuses a cycle between tables with a clear message', () => {
		expect(() => dependencyOrder([table('a', ['b']), table('b', ['a'])])).toThrow(/cycle between tables a, b/);
	});

	it('orders self-referencing rows parents first, whatever the stored order', () => {
		const rows = [
			{ id: 3, parent_id: 2, successor_id: null },
			{ id: 2, parent_id: 1, successor_id: null },
			{ id: 1, parent_id: null, successor_id: 4 },
			{ id: 4, parent_id: null, successor_id: null }
		];
		const out = parentsFirst(rows, [
			{ column: 'parent_id', target: 'id' },
			{ column: 'successor_id', target: 'id' }
		]);
		const pos = (id: number) => out.findIndex((r) => r.id === id);
		expect(pos(4)).toBeLessThan(pos(1));
		expect(pos(1)).toBeLessThan(pos(2));
		expect(pos(2)).toBeLessThan(pos(3));
	});
});
