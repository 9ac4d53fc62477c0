import { describe, expect, it } from 'vitest';
import { COMMENT_MAX, duplicateSlug, parseReportFilter, parseReportForm, parseResolveForm } from './report-form';

const form = (fields: Record<string, string>) => {
	const f = new FormData();
	for (const [k, v] of Object.entries(fields)) f.set(k, v);
	return f;
};
const base = { type: 'producer', slug: 'kalnmuizas', reason: 'closed', comment: '  Slēgts kopš pavasara  ' };

describe('parseReportForm', () => {
	it('accepts a report and trims the comment', () => {
		const r = parseReportForm(form({ ...base, email: ' Ieva@Example.LV ' }));
		expect(r.errors).toEqual({});
		expect(r.fields).toEqual({ listingType: 'producer', slug: 'kalnmuizas', reason: 'closed', comment: 'Slēgts kopš pavasara', duplicateOfSlug: null, email: 'ieva@example.lv' });
	});

	it('keeps what was typed and names every bad field', () => {
		const r = parseReportForm(form({ type: 'user', slug: '../x', reason: 'spam', comment: 'x'.repeat(COMMENT_MAX + 1), email: 'nav-epasts' }));
		expect(r.fields).toBeUndefined();
		expect(r.errors).toEqual({ slug: 'invalid', reason: 'required', comment: 'too_long', email: 'invalid' });
		expect(r.values.email).toBe('nav-epasts');
		expect(parseReportForm(form({ ...base, comment: '   ' })).errors).toEqual({ comment: 'required' });
	});

	it('drops NUL and other control characters (PostgreSQL refuses NUL) but keeps line breaks', () => {
		expect(parseReportForm(form({ ...base, comment: 'a\u0000b\u0007\r\nc\td' })).fields?.comment).toBe('ab\r\nc\td');
	});

	it('needs the other listing for a duplicate, as a link or a slug of the same kind', () => {
		expect(parseReportForm(form({ ...base, reason: 'duplicate' })).errors).toEqual({ duplicateOf: 'required' });
		expect(parseReportForm(form({ ...base, reason: 'duplicate', duplicateOf: 'https://tuvuma.lv/lv/razotaji/kalnmuizas-2' })).fields?.duplicateOfSlug).toBe('kalnmuizas-2');
		expect(parseReportForm(form({ ...base, reason: 'duplicate', duplicateOf: 'https://tuvuma.lv/lv/vietas/x' })).errors).toEqual({ duplicateOf: 'invalid' });
		expect(parseReportForm(form({ ...base, reason: 'duplicate', duplicateOf: 'kalnmuizas' })).errors).toEqual({ duplicateOf: 'invalid' });
	});
});

describe('duplicateSlug', () => {
	it.each([
		['medus-darzs', 'medus-darzs'],
		['/en/razotaji/medus-darzs/', 'medus-darzs'],
		['http://127.0.0.1:4207/ru/razotaji/medus-darzs?x=1', 'medus-darzs'],
		['javascript:alert(1)//razotaji/x', null],
		['<script>', null]
	])('%s → %s', (input, expected) => {
		expect(duplicateSlug(input, 'producer')).toBe(expected);
	});
});

describe('parseReportFilter and parseResolveForm', () => {
	it('ignores bad filter values', () => {
		expect(parseReportFilter(new URLSearchParams('reason=closed&municipality=12&age=7&status=closed'))).toEqual({ reason: 'closed', municipalityId: 12, olderThanDays: 7, status: 'closed' });
		expect(parseReportFilter(new URLSearchParams('reason=x&municipality=-1&age=5'))).toEqual({ reason: null, municipalityId: null, olderThanDays: null, status: 'open' });
	});

	it('needs a note to dismiss and archives only when resolving with the box ticked', () => {
		const id = '3f1c2d4e-0000-4000-8000-000000000001';
		expect(parseResolveForm(form({ reportId: id }), 'dismissed').errors).toEqual({ note: 'required' });
		expect(parseResolveForm(form({ reportId: id, archive: 'on' }), 'resolved').decision).toEqual({ reportId: id, outcome: 'resolved', note: '', archiveListing: true });
		expect(parseResolveForm(form({ reportId: id, archive: 'on', note: 'nē' }), 'dismissed').decision?.archiveListing).toBe(false);
		expect(parseResolveForm(form({ reportId: 'x' }), 'resolved').errors).toEqual({ reportId: 'invalid' });
	});
});
