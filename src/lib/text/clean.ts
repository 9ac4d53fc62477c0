// eslint-disable-next-line no-control-regex -- control characters are what is being removed
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * A text field as typed, without control characters other than tab and line breaks (PostgreSQL
 * refuses NUL in text — a pasted NUL was a 500 — and none belongs in a name or comment), trimmed.
 */
export function cleanText(value: FormDataEntryValue | null | undefined): string {
	return typeof value === 'string' ? value.replace(CONTROL, '').trim() : '';
}
