import { describe, expect, it } from 'vitest';
import { formatShare, periodText } from './impact-format';
import { formatDay } from './format';

describe('the report’s period and shares', () => {
	it('writes a period with the site’s day format, an open end in words, all time when both are open', () => {
		expect(periodText('2021-03-01', '2021-03-31', 'lv')).toBe(`${formatDay('2021-03-01', 'lv')} – ${formatDay('2021-03-31', 'lv')}`);
		expect(periodText(null, '2021-03-31', 'en')).toBe(`the start – ${formatDay('2021-03-31', 'en')}`);
		expect(periodText(null, null, 'en')).toBe('All time');
	});

	it('writes shares the locale’s way', () => {
		expect(formatShare(0.15, 'en')).toBe('15%');
		expect(formatShare(0.153, 'lv')).toMatch(/^15,3\s?%$/);
	});
});
