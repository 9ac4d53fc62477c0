import { describe, expect, it } from 'vitest';
import { checkinCode, readCheckinCode, readRegistrationToken, registrationToken } from './tokens';

const SECRET = 'x'.repeat(40);
const ID = '0b7c6a52-6a9f-4f0e-9d7e-2f1d5c2a9e11';

describe('registration link and check-in code', () => {
	it('each reads back only with the right secret and for its own purpose', () => {
		expect(readRegistrationToken(registrationToken(ID, SECRET), SECRET)).toBe(ID);
		expect(readCheckinCode(checkinCode(ID, SECRET), SECRET)).toBe(ID);
		expect(readRegistrationToken(registrationToken(ID, SECRET), 'y'.repeat(40))).toBeNull();
		// the QR code cannot be used as the personal link (which can cancel)
		expect(readRegistrationToken(checkinCode(ID, SECRET).slice(3), SECRET)).toBeNull();
		expect(readCheckinCode(`T1.${registrationToken(ID, SECRET)}`, SECRET)).toBeNull();
	});

	it('an edited id or signature is refused', () => {
		const token = registrationToken(ID, SECRET);
		expect(readRegistrationToken(token.replace('0b7c', '0b7d'), SECRET)).toBeNull();
		expect(readRegistrationToken(`${token}x`, SECRET)).toBeNull();
		expect(readCheckinCode('T1.not-a-uuid.abc', SECRET)).toBeNull();
		expect(readCheckinCode('', SECRET)).toBeNull();
	});
});
