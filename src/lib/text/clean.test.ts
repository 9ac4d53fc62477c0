import { describe, expect, it } from 'vitest';
import { cleanText } from './clean';

describe('cleanText', () => {
	it('drops NUL and other control characters, keeps tabs, line breaks and every letter', () => {
		expect(cleanText(' Ķiploki\u0000 <b>\u0007\r\n\tĀ ')).toBe('Ķiploki <b>\r\n\tĀ');
		expect(cleanText(null)).toBe('');
		expect(cleanText(new File([], 'x'))).toBe('');
	});
});
