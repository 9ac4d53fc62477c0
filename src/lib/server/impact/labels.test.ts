import { describe, expect, it } from 'vitest';
import { ageBandLabel, employmentLabel, eventKindLabel, genderLabel } from '$lib/programme/event-labels';
import { pointLabel } from './labels';

describe('the report’s labels in the report’s language', () => {
	it('names kinds, genders, age bands and employment in the locale given', () => {
		expect(eventKindLabel('workshop', 'en')).toBe('Workshop');
		expect(eventKindLabel('workshop', 'lv')).toBe('Darbnīca');
		expect(genderLabel('female', 'lv')).not.toBe(genderLabel('female', 'en'));
		expect(employmentLabel('retired', 'lv')).not.toBe(employmentLabel('retired', 'en'));
		expect(['under_18', '18_29', '55_plus', '65_plus', 'under_25'].map((v) => ageBandLabel(v, 'lv'))).toEqual(['Līdz 17', '18–29', '55 un vairāk', '65 un vairāk', 'Līdz 24']);
		expect(pointLabel('month6', 'en')).toBe('After 6 months');
	});
});
