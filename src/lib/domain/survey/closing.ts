/**
 * A survey's closing date means "answers are taken until the end of that day in Latvia": the last
 * instant of the day on Riga's wall clock, in summer time as in winter time.
 */
import { zonedInstant } from '../event-time';
import { RIGA_TZ } from '../riga-time';

/** The last millisecond of `date` (YYYY-MM-DD) in Riga; null for a malformed date. */
export function closingInstant(date: string): Date | null {
	const lastMinute = zonedInstant(date, '23:59', RIGA_TZ);
	return lastMinute ? new Date(lastMinute.getTime() + 59_999) : null;
}
