import { m } from '$lib/paraglide/messages';

/** Calendar days as the reader writes them ("2020-07-01" → "2020. gada 1. jūlijs" in Latvian). */
export function formatDay(day: string, locale: string): string {
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** A project's dates: "1 July 2020 – 31 December 2020", "since 1 November 2020", or '' when unknown. */
export function formatPeriod(startsOn: string | null, endsOn: string | null, locale: string): string {
	if (startsOn && endsOn) return `${formatDay(startsOn, locale)} – ${formatDay(endsOn, locale)}`;
	if (startsOn) return m.project_since({ date: formatDay(startsOn, locale) }, { locale: locale as 'lv' });
	if (endsOn) return m.project_until({ date: formatDay(endsOn, locale) }, { locale: locale as 'lv' });
	return '';
}

/** A published time as a date in Riga. */
export function formatPublished(iso: string, locale: string): string {
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Riga' }).format(new Date(iso));
}

/** A result figure: 12, 1 234,5 (Latvian), 15 %. */
export function formatFigure(value: number, unit: string, locale: string): string {
	const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
	return unit ? `${n}\u00a0${unit}` : n;
}

/** A language's name in the reader's language, capitalised as a choice in a list ("Latviešu", "Română"). */
export function languageName(code: string, locale: string): string {
	const name = new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
	return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
