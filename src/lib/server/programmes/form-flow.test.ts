import { describe, expect, it } from 'vitest';
import { idMaker } from './form-flow';

describe('application form ids', () => {
	it('a new id is one past the highest used in the form or in any stored answer, and never handed out twice', () => {
		// q3 was deleted from the form but an applicant answered it: the next question must not be q3
		const next = idMaker(['s1', 'q1', 'q2', 'o1', 'o2', 'q3', 'o7']);
		expect(next('q')).toBe('q4');
		expect(next('q')).toBe('q5');
		expect(next('o')).toBe('o8');
		expect(next('s')).toBe('s2');
		expect(idMaker([])('i')).toBe('i1');
	});
});
