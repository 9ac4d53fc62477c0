/** Content that may exist per UI language; `lv` is the source and the fallback. */
export type LocalizedText = { lv: string; en?: string; ro?: string; ru?: string };

/** One opening interval on an ISO weekday (1 = Monday … 7 = Sunday), times "HH:MM" in Europe/Riga. */
export type OpeningInterval = { day: number; opens: string; closes: string };

export type LocationPrecision = 'exact' | 'locality' | 'municipality';
