/**
 * The social-enterprise fields a mentee may want help in and a mentor may know, next to the
 * directory's category slugs. One list for the whole programme side: it lives in
 * `social-fields.ts` (keys stored as `social:<field>`, the matcher's words for each); this module
 * is the name the application side was asked to export it under.
 */
export { SOCIAL_FIELDS, SOCIAL_PREFIX, isSocialSectorKey, socialSectorKey, type SocialField } from './social-fields';
