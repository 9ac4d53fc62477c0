/** A moment as the contest pages show it: date and time in Riga, in the reader's language. */
export const contestMoment = (d: Date | string, locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Riga' }).format(new Date(d));
