import { describe, expect, it } from 'vitest';
import { alertToken, verifyAlertToken } from './tokens';

const id = '3b0c2b64-59f6-4a8f-9d0e-6f2f4f7f4b11';

describe('alert tokens', () => {
	it('carry the subscription id and only work for their purpose and secret', () => {
		const t = alertToken('unsubscribe', id, 's1');
		expect(verifyAlertToken('unsubscribe', t, 's1')).toBe(id);
		expect(verifyAlertToken('confirm', t, 's1')).toBeNull();
		expect(verifyAlertToken('unsubscribe', t, 's2')).toBeNull();
		expect(verifyAlertToken('unsubscribe', t.slice(0, -1) + (t.endsWith('A') ? 'B' : 'A'), 's1')).toBeNull();
		expect(verifyAlertToken('unsubscribe', `not-a-uuid.${t.split('.')[1]}`, 's1')).toBeNull();
		expect(verifyAlertToken('unsubscribe', null, 's1')).toBeNull();
	});
});
