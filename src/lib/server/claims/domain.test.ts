import { describe, expect, it } from 'vitest';
import { emailsMatch } from './domain';

describe('claims', () => {
	it('matches e-mails case-insensitively and never matches an empty one', () => {
		expect(emailsMatch(' Ilze@Example.LV ', 'ilze@example.lv')).toBe(true);
		expect(emailsMatch('ilze@example.lv', 'ieva@example.lv')).toBe(false);
		expect(emailsMatch('', '')).toBe(false);
		expect(emailsMatch(null, null)).toBe(false);
	});
});
