import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveClientAddress } from './client-address';

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.(ts|svelte)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
	});
}

describe('client address', () => {
	it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For claims', () => {
		expect(deriveClientAddress('203.0.113.7', '1.2.3.4', 0)).toBe('203.0.113.7');
		expect(deriveClientAddress('::ffff:203.0.113.7', null, 0)).toBe('203.0.113.7');
		// the socket of a client that hung up mid-request has no address
		expect(deriveClientAddress(undefined, null, 0)).toBe('');
	});

	it('behind one trusted proxy is the address that proxy appended, not what the client wrote before it', () => {
		// the proxy (10.0.0.2) saw 198.51.100.9; the client forged 1.2.3.4 in front of it
		expect(deriveClientAddress('10.0.0.2', '1.2.3.4, 198.51.100.9', 1)).toBe('198.51.100.9');
		expect(deriveClientAddress('10.0.0.2', '198.51.100.9', 1)).toBe('198.51.100.9');
		// two visitors behind the same proxy are two addresses, so one cannot lock the other out
		expect(deriveClientAddress('10.0.0.2', '198.51.100.10', 1)).not.toBe(deriveClientAddress('10.0.0.2', '198.51.100.9', 1));
	});

	it('behind two trusted proxies (CDN, then nginx) reads two places back', () => {
		expect(deriveClientAddress('10.0.0.2', '1.2.3.4, 198.51.100.9, 172.16.0.5', 2)).toBe('198.51.100.9');
		// fewer entries than hops: the leftmost one
		expect(deriveClientAddress('10.0.0.2', '198.51.100.9', 3)).toBe('198.51.100.9');
	});

	it('ignores garbage and ports in the header', () => {
		expect(deriveClientAddress('10.0.0.2', 'not-an-ip', 1)).toBe('10.0.0.2');
		expect(deriveClientAddress('10.0.0.2', '198.51.100.9:4711', 1)).toBe('198.51.100.9');
		expect(deriveClientAddress('10.0.0.2', '[2001:db8::1]:443', 1)).toBe('2001:db8::1');
	});

	it('is derived in one place only: nothing else asks the socket for the address', () => {
		const root = process.cwd();
		const offenders = sourceFiles(join(root, 'src'))
			.filter((f) => !f.endsWith(join('hooks', 'client-address.ts')))
			.filter((f) => /getClientAddress\s*\(/.test(readFileSync(f, 'utf8')))
			.map((f) => relative(root, f));
		expect(offenders).toEqual([]);
	});
});
