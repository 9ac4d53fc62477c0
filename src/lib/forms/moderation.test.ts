import { describe, expect, it } from 'vitest';
import { decisionSchema } from './moderation';
import { parseWith } from './parse';

describe('a moderator decision', () => {
	it('needs a message to reject or ask for changes, not to approve or archive', () => {
		expect(parseWith(decisionSchema, { decision: 'reject', message: '  ' })).toEqual({ ok: false, errors: { message: 'message_required' } });
		expect(parseWith(decisionSchema, { decision: 'request_changes' })).toEqual({ ok: false, errors: { message: 'message_required' } });
		expect(parseWith(decisionSchema, { decision: 'approve', message: '' })).toEqual({ ok: true, data: { decision: 'approve', message: null } });
		expect(parseWith(decisionSchema, { decision: 'archive', message: ' Dublikāts ' })).toEqual({ ok: true, data: { decision: 'archive', message: 'Dublikāts' } });
	});
	it('refuses a message past 2000 characters and an unknown decision', () => {
		expect(parseWith(decisionSchema, { decision: 'reject', message: 'x'.repeat(2001) })).toEqual({ ok: false, errors: { message: 'message_too_long' } });
		expect(parseWith(decisionSchema, { decision: 'publish', message: 'x' }).ok).toBe(false);
	});
});
