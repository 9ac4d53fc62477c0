/**
 * A session's device in words ("Chrome", "Android") from its User-Agent header: people recognise
 * their phone or laptop by browser and system, not by the raw header. The order of the tests
 * matters: Edge, Opera and Samsung Internet also say "Chrome", and Chrome also says "Safari".
 */
const BROWSERS: [RegExp, string][] = [
	[/\bEdg(e|A|iOS)?\//, 'Edge'],
	[/\b(OPR|Opera)\//, 'Opera'],
	[/\bSamsungBrowser\//, 'Samsung Internet'],
	[/\bYaBrowser\//, 'Yandex Browser'],
	[/\b(Firefox|FxiOS)\//, 'Firefox'],
	[/\b(Chrome|CriOS|Chromium)\//, 'Chrome'],
	[/\bVersion\/[\d.]+.*\bSafari\//, 'Safari']
];
const SYSTEMS: [RegExp, string][] = [
	[/\biPad\b/, 'iPadOS'],
	[/\b(iPhone|iPod)\b/, 'iOS'],
	[/\bAndroid\b/, 'Android'],
	[/\bWindows\b/, 'Windows'],
	[/\bCrOS\b/, 'ChromeOS'],
	[/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
	[/\bLinux\b/, 'Linux']
];

const first = (list: [RegExp, string][], ua: string) => list.find(([re]) => re.test(ua))?.[1] ?? null;

export function deviceOf(userAgent: string | null | undefined): { browser: string | null; system: string | null } {
	const ua = userAgent ?? '';
	return { browser: first(BROWSERS, ua), system: first(SYSTEMS, ua) };
}
