import { describe, expect, it } from 'vitest';
import { checkFormStart, formTokenId, honeypotFilled, signFormStart } from './form-guard';

const SECRET = 'x'.repeat(32);
const t0 = new Date('2026-11-23T10:00:00Z');
const after = (ms: number) => new Date(t0.getTime() + ms);

describe('form guard', () => {
	it('accepts a form filled in at human speed', () => {
		expect(checkFormStart(signFormStart(t0, SECRET), after(15_000), SECRET)).toBe('ok');
	});
	it('refuses a form posted within seconds of loading', () => {
		expect(checkFormStart(signFormStart(t0, SECRET), after(1500), SECRET)).toBe('too_fast');
	});
	it('refuses a forged or missing start time and a day-old one', () => {
		const token = signFormStart(t0, SECRET);
		expect(checkFormStart(token.replace(/^\d+/, String(t0.getTime() - 60_000)), after(15_000), SECRET)).toBe('invalid');
		expect(checkFormStart(token.replace(/\.[^.]+\./, '.AAAAAAAAAAAAAAAA.'), after(15_000), SECRET)).toBe('invalid');
		expect(checkFormStart(token, after(15_000), 'y'.repeat(32))).toBe('invalid');
		expect(checkFormStart(null, after(15_000), SECRET)).toBe('invalid');
		expect(checkFormStart(token, after(25 * 3600_000), SECRET)).toBe('expired');
	});
	it('gives every form its own token, even in the same millisecond (each can be spent once)', () => {
		const a = signFormStart(t0, SECRET);
		const b = signFormStart(t0, SECRET);
		expect(a).not.toBe(b);
		expect(formTokenId(a)).not.toBe(formTokenId(b));
		expect(checkFormStart(b, after(15_000), SECRET)).toBe('ok');
	});
	it('sees a filled honeypot', () => {
		expect(honeypotFilled('x')).toBe(true);
		expect(honeypotFilled('')).toBe(false);
		expect(honeypotFilled(null)).toBe(false);
	});
});
