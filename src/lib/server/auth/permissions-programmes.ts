/**
 * The programme side's rows of the permission table (issue 17: programmes, mentoring, coworking),
 * kept in their own file so `permissions.ts` stays readable; it spreads these into its roles.
 */

/** Anyone, signed in or not: the personal link or confirmed address is the proof. */
export const programmeVisitor = [
	'create:application:any', // apply to a cohort while applications are open (an address without an account is confirmed by link)
	'accept:mentoring_match:any', // a mentee or mentor accepts or declines a proposed pair from their personal link
	'update:mentoring_pair:any', // the pair's own page (goals, sessions, files, feedback) from their personal link
	'answer:outcome_checkin:any', // the e-mailed outcome check-in link
	'create:visit_request:any' // ask a coworking space or incubator for a visit
] as const;

/** Staff of an organisation: they run its programmes, match mentors and keep its places' pages. */
export const programmeEditor = [
	'create:programme:organisation',
	'update:programme:organisation',
	'read:application:organisation',
	'review:application:organisation', // accept, waiting list or decline, with a message
	'create:mentor:organisation',
	'update:mentor:organisation',
	'create:mentoring_match:organisation', // confirm a proposed pair, swap or override
	'update:mentoring_match:organisation', // complete, end early, re-match
	'read:programme_outcomes:organisation',
	'update:place_community:organisation', // residents, plans, amenities and hours of a place it runs
	'read:visit_request:organisation',
	'update:visit_request:organisation',
	'create:consultation_line:organisation',
	'update:consultation_line:organisation'
] as const;

/** The coordinator also removes things and is the only staff member who reads a pair's notes. */
export const programmeCoordinator = [
	'delete:programme:organisation',
	'delete:mentor:organisation',
	'delete:consultation_line:organisation',
	'read:mentoring_notes:organisation' // session notes are private to the pair and the coordinator
] as const;

/** Admins hold every programme capability on every organisation, except reading a pair's notes. */
export const programmeAdmin = [
	'create:programme:any',
	'update:programme:any',
	'delete:programme:any',
	'read:application:any',
	'review:application:any',
	'create:mentor:any',
	'update:mentor:any',
	'delete:mentor:any',
	'create:mentoring_match:any',
	'update:mentoring_match:any',
	'read:programme_outcomes:any',
	'update:place_community:any',
	'read:visit_request:any',
	'update:visit_request:any',
	'create:consultation_line:any',
	'update:consultation_line:any',
	'delete:consultation_line:any'
] as const;
