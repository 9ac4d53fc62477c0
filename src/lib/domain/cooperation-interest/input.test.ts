import { describe, expect, it } from 'vitest';
import { parseInterest, parseMessage, parseOutcome } from './input';

const form = (o: Record<string, string>) => {
	const f = new FormData();
	for (const [k, v] of Object.entries(o)) f.set(k, v);
	return f;
};

describe('cooperation interest forms', () => {
	it('needs a name, a reason and an e-mail; a phone is optional but must look like one', () => {
		expect(parseInterest(form({}))).toEqual({ ok: false, errors: { fromName: 'required', message: 'required', contactEmail: 'invalid_email' } });
		expect(parseInterest(form({ fromName: 'A', message: 'B', contactEmail: 'a@b.md', contactPhone: 'zvaniet' }))).toEqual({ ok: false, errors: { contactPhone: 'invalid' } });
		expect(parseInterest(form({ fromName: ' A ', message: 'B', contactEmail: 'a@b.md', contactPhone: '+373 69 000 000', fromProfileId: '' }))).toEqual({
			ok: true,
			value: { fromName: 'A', message: 'B', contactEmail: 'a@b.md', contactPhone: '+373 69 000 000', fromProfileId: null }
		});
	});

	it('a message is not empty nor too long', () => {
		expect(parseMessage(form({ body: '  ' }))).toEqual({ ok: false, errors: { body: 'required' } });
		expect(parseMessage(form({ body: 'x'.repeat(4001) }))).toEqual({ ok: false, errors: { body: 'too_long' } });
		expect(parseMessage(form({ body: 'Labdien' }))).toEqual({ ok: true, value: 'Labdien' });
	});

	it('an outcome is a known kind on a real day not after tomorrow', () => {
		expect(parseOutcome(form({ kind: 'agreement', happenedOn: '2026-02-30' }), '2026-03-01')).toEqual({ ok: false, errors: { happenedOn: 'invalid_date' } });
		expect(parseOutcome(form({ kind: 'party', happenedOn: '2026-03-03' }), '2026-03-01')).toEqual({ ok: false, errors: { kind: 'invalid', happenedOn: 'invalid_date' } });
		expect(parseOutcome(form({ kind: 'first_order', happenedOn: '2026-03-02', note: '' }), '2026-03-01')).toEqual({ ok: true, value: { kind: 'first_order', happenedOn: '2026-03-02', note: null } });
	});
});
