/**
 * The social-enterprise fields a mentor or mentee can name next to the directory's categories
 * (issue 17). Keys are stored in `mentors.sectors` / `programme_applications.sectors` as
 * `social:<key>`, so they can never collide with a directory category slug. The words are folded
 * (lower case, no diacritics, like text/fold.ts) in all four languages: the matcher looks for them
 * in a mentee's own words about what they need.
 */
export const SOCIAL_FIELDS = ['social-services', 'education', 'employment', 'environment', 'culture', 'health'] as const;
export type SocialField = (typeof SOCIAL_FIELDS)[number];

export const SOCIAL_PREFIX = 'social:';
export const socialSectorKey = (field: SocialField) => `${SOCIAL_PREFIX}${field}`;
export const isSocialSectorKey = (key: string) => key.startsWith(SOCIAL_PREFIX) && (SOCIAL_FIELDS as readonly string[]).includes(key.slice(SOCIAL_PREFIX.length));

export const SOCIAL_FIELD_WORDS: Record<SocialField, string[]> = {
	'social-services': ['socialie', 'socialo', 'pakalpojum', 'aprupe', 'aprupes', 'senior', 'invalid', 'social', 'care', 'elderly', 'disabilit', 'sociale', 'ingrijire', 'социальн', 'уход', 'пожил'],
	education: ['izglitib', 'apmacib', 'macib', 'skol', 'kurs', 'education', 'training', 'teaching', 'school', 'educati', 'instruire', 'scoal', 'образован', 'обучен', 'школ'],
	employment: ['nodarbinat', 'darbaviet', 'darba', 'bezdarb', 'employment', 'jobs', 'unemploy', 'ocupar', 'locuri', 'munca', 'занятост', 'работ', 'безработ'],
	environment: ['vide', 'vides', 'zala', 'zalo', 'atkritum', 'parstrad', 'ilgtsp', 'environment', 'green', 'recycl', 'waste', 'mediu', 'recicl', 'эколог', 'окружающ', 'переработ'],
	culture: ['kultur', 'maksl', 'tradicij', 'muzej', 'culture', 'art', 'heritage', 'cultur', 'arta', 'traditi', 'культур', 'искусств', 'традиц'],
	health: ['veselib', 'vesel', 'sport', 'medicin', 'health', 'wellbeing', 'sanatat', 'здоров', 'медицин', 'спорт']
};
