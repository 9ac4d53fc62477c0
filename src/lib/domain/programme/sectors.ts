/**
 * Social-enterprise fields a mentee may want help in and a mentor may know, next to the
 * directory's category slugs. Kept short and stable: the keys are stored in
 * `programme_applications.sectors` and `mentors.sectors`, and the matcher compares them as they are.
 * Their words: `socialFieldLabel` in `$lib/programmes/labels.ts`.
 */
export const SOCIAL_FIELDS = ['social_services', 'education', 'employment', 'environment', 'culture', 'health'] as const;
export type SocialField = (typeof SOCIAL_FIELDS)[number];

/** A social field's key as stored among sector keys ("field:education"), apart from category slugs. */
export const SOCIAL_FIELD_PREFIX = 'field:';
export const socialFieldKey = (f: SocialField) => `${SOCIAL_FIELD_PREFIX}${f}`;
export const isSocialFieldKey = (key: string): boolean => key.startsWith(SOCIAL_FIELD_PREFIX) && (SOCIAL_FIELDS as readonly string[]).includes(key.slice(SOCIAL_FIELD_PREFIX.length));
