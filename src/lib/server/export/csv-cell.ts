/**
 * CSV injection (OWASP "CSV Injection"): a spreadsheet program opening a CSV runs a cell that starts
 * with = + - @ (or a tab or carriage return before one) as a formula — `=HYPERLINK(…)`,
 * `+cmd|' /C calc'!A0`, `@SUM(…)` — and such text can reach an export from an import, a
 * suggestion or an approved edit. Every text cell the app writes to a CSV goes through
 * `csvSafeCell`: a leading apostrophe makes the program show the text as text. Numbers the app
 * itself writes (coordinates) are left alone. The importer takes the apostrophe off again
 * (`csvUnprotectCell`), so an export imports back unchanged.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvSafeCell(value: string | number | null): string {
	if (value === null) return '';
	if (typeof value === 'number') return String(value);
	return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The importer's side: `'=2+5` as written by csvSafeCell is the text `=2+5`. */
export function csvUnprotectCell(value: string): string {
	return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
