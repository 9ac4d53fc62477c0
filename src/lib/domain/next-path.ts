/**
 * Where to send someone after signing in: the `next` they came with, but only a path on this site
 * (never "//evil.example", "https://…" or "/\\evil"), otherwise the fallback.
 */
export function safeNextPath(next: string | null | undefined, fallback: string): string {
	if (!next || next.length > 1000) return fallback;
	if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
	if ([...next].some((c) => c.charCodeAt(0) < 0x20 || c === '\\')) return fallback; // control characters, backslashes
	try {
		const url = new URL(next, 'http://x.invalid');
		if (url.origin !== 'http://x.invalid') return fallback;
		return url.pathname + url.search + url.hash;
	} catch {
		return fallback;
	}
}
