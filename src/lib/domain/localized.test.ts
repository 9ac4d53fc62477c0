import { describe, expect, it } from 'vitest';
import { localized, localizedLang } from './localized';

describe('localized', () => {
	it('shows the wanted language, else Latvian', () => {
		expect(localized({ lv: 'Medus', en: 'Honey' }, 'en')).toBe('Honey');
		expect(localized({ lv: 'Medus' }, 'ro')).toBe('Medus');
		expect(localizedLang({ lv: 'Medus' }, 'ro')).toBe('lv');
	});

	it('falls back to Romanian, then Russian, for a Moldovan text without Latvian (issue 19)', () => {
		const moldovan = { ro: 'Miere din Bălți', ru: 'Мёд из Бельц' } as unknown as { lv: string };
		expect(localized(moldovan, 'ru')).toBe('Мёд из Бельц');
		expect(localized(moldovan, 'lv')).toBe('Miere din Bălți');
		expect(localizedLang(moldovan, 'en')).toBe('ro');
		expect(localized({ ru: 'Только по-русски' } as unknown as { lv: string }, 'lv')).toBe('Только по-русски');
		expect(localizedLang({ ru: 'Только по-русски' } as unknown as { lv: string }, 'ro')).toBe('ru');
	});

	it('trims a fallback as it trims the wanted language, and is empty when every language is blank', () => {
		expect(localized({ lv: '  Medus ', en: ' ' }, 'en')).toBe('Medus');
		expect(localized({ lv: '   ' }, 'lv')).toBe('');
	});
});
