import { describe, expect, it } from 'vitest';
import { checkinToken, pairToken, readCheckinToken, readPairToken } from './tokens';

const id = '2f1c6a4e-9a53-4d8f-8c1e-0a5b7c9d1e2f';
const secret = 'test-secret-that-is-long-enough-0123456789';

describe('mentoring links', () => {
	it('name one side of one pair, and only that side', () => {
		const mentee = pairToken(id, 'mentee', secret);
		expect(readPairToken(mentee, secret)).toEqual({ matchId: id, side: 'mentee' });
		expect(readPairToken(mentee.replace('.mentee.', '.mentor.'), secret)).toBeNull();
		expect(readPairToken(pairToken(id, 'mentor', secret), secret)).toEqual({ matchId: id, side: 'mentor' });
	});

	it('refuse forged, cut and foreign links', () => {
		const token = pairToken(id, 'mentor', secret);
		expect(readPairToken(token.slice(0, -1), secret)).toBeNull();
		expect(readPairToken(token, 'another-secret-also-long-enough-012345')).toBeNull();
		expect(readPairToken(`${token}.x`, secret)).toBeNull();
		expect(readPairToken('', secret)).toBeNull();
		expect(readPairToken(undefined, secret)).toBeNull();
	});

	it('keeps check-in links apart from pair links', () => {
		const token = checkinToken(id, secret);
		expect(readCheckinToken(token, secret)).toBe(id);
		expect(readCheckinToken(pairToken(id, 'mentee', secret), secret)).toBeNull();
		expect(readPairToken(token, secret)).toBeNull();
	});
});
