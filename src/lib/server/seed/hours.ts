import { fromOpeningHours } from '../../domain/hours-model';
import { checkOpeningHours } from '../../domain/opening-hours';

/**
 * A seed's opening hours: an OpenStreetMap opening_hours value ('' when none), checked with the
 * same parser the app evaluates them with. Throws on a typo, so a bad value never reaches the demo.
 */
export function seedHours(value: string | undefined): string {
	if (!value) return '';
	const checked = checkOpeningHours(value);
	if (!checked.ok) throw new Error(`Bad opening hours "${value}": ${checked.error}`);
	return checked.value;
}

/** The weekdays a value opens on at some time of the year (its week, seasons and monthly days). */
export function weekdaysOf(value: string): Set<number> {
	const model = fromOpeningHours(value);
	const days = new Set<number>();
	if (!model) return days;
	model.week.forEach((ranges, i) => ranges.length && days.add(i + 1));
	for (const s of model.seasons) if (s.ranges.length) for (const d of s.days.length ? s.days : [1, 2, 3, 4, 5, 6, 7]) days.add(d);
	for (const y of model.yearly) if (y.ranges.length) for (const d of y.weekday === 'weekend' ? [6, 7] : [y.weekday]) days.add(d);
	return days;
}
