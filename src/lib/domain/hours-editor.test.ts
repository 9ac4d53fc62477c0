import { describe, expect, it } from 'vitest';
import { stateFromForm, stateFromValue, valueFromState, withIntent } from './hours-editor';

const form = (entries: Array<[string, string]>) => {
	const f = new FormData();
	for (const [k, v] of entries) f.append(k, v);
	return f;
};

describe('the hours editor form', () => {
	it('turns weekly fields with two intervals, a season, a yearly fair, a closed week and holidays into one value', () => {
		const state = stateFromForm(
			form([
				['w1_o0', '9:00'], ['w1_c0', '12:00'], ['w1_o1', '13:00'], ['w1_c1', '17:00'],
				['w2_o0', ''], ['w2_c0', ''],
				['s0_fm', '5'], ['s0_fd', '1'], ['s0_tm', '9'], ['s0_td', '30'], ['s0_day', '6'], ['s0_o0', '10:00'], ['s0_c0', '14:00'],
				['y0_m', '9'], ['y0_n', '-1'], ['y0_wd', 'weekend'], ['y0_o0', '10:00'], ['y0_c0', '17:00'],
				['d0_f', '2026-12-14'], ['d0_t', '2026-12-20'], ['d0_closed', 'on'],
				['ph_off', 'on'], ['hours_raw', ''], ['hours_raw_was', '']
			])
		);
		expect(valueFromState(state)).toEqual({
			value: 'Mo 09:00-12:00,13:00-17:00; May 01-Sep 30 Sa 10:00-14:00; PH off; Sep Sa[-1],Sa[-1] +1 day 10:00-17:00; 2026 Dec 14-2026 Dec 20 off',
			fromText: false
		});
	});
	it('points at the rows that are wrong and keeps what was typed', () => {
		const state = stateFromForm(form([['w3_o0', '09:00'], ['w3_c0', ''], ['s0_fm', '5'], ['s0_o0', '10:00'], ['s0_c0', '12:00'], ['d0_f', '2026-12-20'], ['d0_t', '2026-12-14'], ['d0_closed', 'on']]));
		expect(valueFromState(state)).toEqual({ errors: { w3: 'time', s0: 'season', d0: 'date' } });
		expect(state.week[2]).toEqual([{ o: '09:00', c: '' }]);
	});
	it('saves the text when it was changed, and round-trips a stored value', () => {
		const stored = 'Mo-Fr 09:00-17:00; PH off';
		const state = stateFromValue(stored);
		expect(valueFromState(state)).toEqual({ value: stored, fromText: false });
		expect(valueFromState({ ...state, raw: 'Mo-Fr 10:00-18:00' })).toEqual({ value: 'Mo-Fr 10:00-18:00', fromText: true });
		const custom = stateFromValue('Mo-Fr sunrise-sunset');
		expect(custom.mode).toBe('text');
		expect(valueFromState(custom)).toEqual({ value: 'Mo-Fr sunrise-sunset', fromText: true });
	});
	it('adds and removes rows without JavaScript', () => {
		const state = stateFromValue('Sa 10:00-14:00; May-Sep Su 10:00-12:00');
		expect(withIntent(state, 'add-w6').week[5]).toHaveLength(2);
		expect(withIntent(state, 'add-seasons').seasons).toHaveLength(2);
		expect(withIntent(state, 'remove-seasons-0').seasons).toHaveLength(0);
		expect(state.seasons).toHaveLength(1);
	});
	it('writes midnight as 24:00 and shows it as 00:00 in a time field', () => {
		const state = stateFromValue('Fr 18:00-24:00');
		expect(state.week[4]).toEqual([{ o: '18:00', c: '00:00' }]);
		expect(valueFromState({ ...state, rawWas: '', raw: '' })).toEqual({ value: 'Fr 18:00-24:00', fromText: false });
	});
});
