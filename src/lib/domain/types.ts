/** Content that may exist per UI language; `lv` is the source and the fallback. */
export type LocalizedText = { lv: string; en?: string; ro?: string; ru?: string };

/** An OpenStreetMap `opening_hours` value ('' = not known), Riga time; see opening-hours.ts. */
export type OpeningHoursText = string;

export type LocationPrecision = 'exact' | 'locality' | 'municipality';
