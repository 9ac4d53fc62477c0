import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { svelteFiles } from './svelte-files';

/**
 * On a slow connection people type before the page's JavaScript has started. When it starts, Svelte
 * writes each control's initial value once, unless that value is `undefined`: an empty string
 * (`?? ''`) overwrites what was typed. A staff member lost a contest's rules this way in a browser
 * test; so initial values are written `x || undefined`, and this scan keeps them so.
 */
const EMPTY_STRING_TEXTAREA = /<textarea\b[^>]*>\{[^{}]*(\?\?|\|\||:)\s*''\s*\)?\}<\/textarea>/;
const EMPTY_STRING_INPUT = /<input\b[^>]*\svalue=\{[^{}]*(\?\?|\|\||:)\s*''\s*\)?\}/;

describe('form controls keep what was typed before the page started', () => {
	it('no text area or input starts from an empty string', () => {
		const files = svelteFiles('src');
		expect(files.length).toBeGreaterThan(20);
		const offenders = files.flatMap((f) =>
			readFileSync(f, 'utf8')
				.split('\n')
				.map((line, i) => ({ where: `${f}:${i + 1}`, line }))
				.filter(({ line }) => EMPTY_STRING_TEXTAREA.test(line) || EMPTY_STRING_INPUT.test(line))
				.map(({ where }) => where)
		);
		expect(offenders).toEqual([]);
	});

	it('the scan recognises the pattern it forbids', () => {
		expect(EMPTY_STRING_TEXTAREA.test(`<textarea name="a">{values.a ?? ''}</textarea>`)).toBe(true);
		expect(EMPTY_STRING_INPUT.test(`<input name="a" value={values.a ?? ''} />`)).toBe(true);
		expect(EMPTY_STRING_TEXTAREA.test(`<textarea name="a">{values.a || undefined}</textarea>`)).toBe(false);
	});
});
