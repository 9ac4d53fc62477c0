import { describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage, localeFromPath, switchLocalePath } from './locales';

describe('locale routing', () => {
	it('reads the locale from the first segment', () => {
		expect(localeFromPath('/en/razotaji')).toBe('en');
		expect(localeFromPath('/de/razotaji')).toBeUndefined();
		expect(localeFromPath('/')).toBeUndefined();
	});
	it('switches language keeping the rest of the URL', () => {
		expect(switchLocalePath('/lv/razotaji', '?page=2', 'ru')).toBe('/ru/razotaji?page=2');
		expect(switchLocalePath('/lv', '', 'en')).toBe('/en');
	});
	it('prefers a supported language from Accept-Language', () => {
		expect(localeFromAcceptLanguage('de-DE,ru;q=0.8,en;q=0.5')).toBe('ru');
		expect(localeFromAcceptLanguage('fr')).toBe('lv');
		expect(localeFromAcceptLanguage(null)).toBe('lv');
	});
});
