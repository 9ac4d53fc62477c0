import { describe, expect, it } from 'vitest';
import { badRequestReroute, isMalformedUrl } from './malformed-url';

const u = (path: string) => new URL(path, 'http://x.lv');

describe('malformed addresses', () => {
	it('a NUL or control byte in a slug or a filter is malformed; ordinary addresses, diacritics and emoji are not', () => {
		expect(isMalformedUrl(u('/lv/razotaji/a%00b'))).toBe(true);
		expect(isMalformedUrl(u('/lv/admin/lietotaji?q=%00'))).toBe(true);
		expect(isMalformedUrl(u('/lv/novadi/%1Fx'))).toBe(true);
		expect(isMalformedUrl(u('/lv/razotaji/%E0%A4%A'))).toBe(true);
		expect(isMalformedUrl(u('/lv/razotaji/berzinu-medus?page=2'))).toBe(false);
		expect(isMalformedUrl(u('/lv/meklet?q=B%C4%93rzi%C5%86u%20medus%20%F0%9F%8D%AF'))).toBe(false);
	});
	it('is answered by the 400 page of its language; the API answers for itself', () => {
		expect(badRequestReroute(u('/en/novadi/%00'))).toBe('/en/nederigs-pieprasijums');
		expect(badRequestReroute(u('/media/%00/400.webp'))).toBe('/lv/nederigs-pieprasijums');
		expect(badRequestReroute(u('/api/v1/producers/%00'))).toBeUndefined();
		expect(badRequestReroute(u('/lv/razotaji'))).toBeUndefined();
	});
});
