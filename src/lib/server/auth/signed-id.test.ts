import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { consentToken, readConsentToken } from '../contests/tokens';
import { checkinCode, readCheckinCode, registrationToken } from '../events/tokens';
import { readSignedId, signedId } from './signed-id';

const SECRET = 'a-test-secret-of-enough-length-000';
const ID = '0b6f1d1e-8a4c-4f55-9d2b-3c1f2a7e9b10';
const oldMac = (label: string, length: number) => createHmac('sha256', SECRET).update(label).digest('base64url').slice(0, length);

describe('signed ids', () => {
	it('keeps the links already sent working: the same label gives the same token as before the fold', () => {
		expect(registrationToken(ID, SECRET)).toBe(`${ID}.${oldMac(`event-registration:${ID}`, 32)}`);
		expect(checkinCode(ID, SECRET)).toBe(`T1.${ID}.${oldMac(`event-checkin:${ID}`, 16)}`);
		expect(consentToken(ID, SECRET)).toBe(`${ID}.${oldMac(`contest-consent:${ID}`, 32)}`);
	});

	it('reads its own token back and refuses another purpose, another secret, an edit or extra parts', () => {
		const token = signedId('a', ID, SECRET);
		expect(readSignedId('a', token, SECRET)).toBe(ID);
		expect(readSignedId('b', token, SECRET)).toBeNull();
		expect(readSignedId('a', token, `${SECRET}x`)).toBeNull();
		expect(readSignedId('a', `${token.slice(0, -1)}A`, SECRET)).toBeNull();
		expect(readSignedId('a', `${token}.x`, SECRET)).toBeNull();
		expect(readSignedId('a', `not-a-uuid.${token.split('.')[1]}`, SECRET)).toBeNull();
		expect(readConsentToken(registrationToken(ID, SECRET), SECRET)).toBeNull();
		expect(readCheckinCode(registrationToken(ID, SECRET), SECRET)).toBeNull();
	});
});
