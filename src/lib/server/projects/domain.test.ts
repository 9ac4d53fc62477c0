import { describe, expect, it } from 'vitest';
import { goalLines, projectPhase, rigaToday, toLocalizedText } from './domain';

describe('project phase', () => {
	const today = '2026-06-15';
	it('upcoming, current (with or without an end), past', () => {
		expect(projectPhase({ startsOn: '2026-07-01', endsOn: null }, today)).toBe('upcoming');
		expect(projectPhase({ startsOn: '2020-07-01', endsOn: '2020-12-31' }, today)).toBe('past');
		expect(projectPhase({ startsOn: '2026-01-01', endsOn: '2026-06-15' }, today)).toBe('current');
		expect(projectPhase({ startsOn: '2025-01-01', endsOn: null }, today)).toBe('current');
		expect(projectPhase({ startsOn: null, endsOn: null }, today)).toBe('past');
	});

	it('today is the Riga calendar day, not the server’s', () => {
		// 22:30 UTC on 31 December is already New Year in Riga (UTC+2)
		expect(rigaToday(new Date('2026-12-31T22:30:00Z'))).toBe('2027-01-01');
	});
});

describe('texts', () => {
	it('goals: one per line, list markers and blank lines dropped', () => {
		expect(goalLines('- popularizēt sociālo uzņēmējdarbību\n\n2. stiprināt sadarbību\n• attīstīt idejas ')).toEqual([
			'popularizēt sociālo uzņēmējdarbību',
			'stiprināt sadarbību',
			'attīstīt idejas'
		]);
	});

	it('localized text keeps only the languages given, and needs Latvian', () => {
		expect(toLocalizedText({ lv: 'Vebināri', en: undefined, ro: 'Webinare' })).toEqual({ lv: 'Vebināri', ro: 'Webinare' });
		expect(toLocalizedText({ en: 'Only English' })).toBeNull();
		expect(toLocalizedText(undefined)).toBeNull();
	});
});
