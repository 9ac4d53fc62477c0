import { describe, expect, it } from 'vitest';
import { selectionQuery, withoutFilter } from './selection';

const sel = { category: 'medus', region: '', municipality: '', kind: 'farm', label: '', sort: 'name' as const };

describe('selectionQuery', () => {
	it('builds a stable query without defaults', () => {
		expect(selectionQuery(sel)).toBe('?category=medus&kind=farm');
		expect(selectionQuery({ ...sel, sort: 'newest' }, 3)).toBe('?category=medus&kind=farm&sort=newest&page=3');
		expect(selectionQuery({ ...sel, category: '', kind: '' })).toBe('');
	});
	it('drops one filter and the page for a chip', () => {
		expect(withoutFilter({ ...sel, sort: 'newest' }, 'category')).toBe('?kind=farm&sort=newest');
		expect(withoutFilter(sel, 'kind')).toBe('?category=medus');
	});
});
