/**
 * The organisation workspace's everyday rows of the permission table (events, regional insight,
 * the learning library, surveys), kept in their own file so `permissions.ts` stays readable; it
 * spreads them into the editor's and the coordinator's roles.
 */

/** Staff of an organisation: they run its events and keep its insight, library and surveys. */
export const workEditor = [
	// events: they run them, see who registered and check people in at the door
	'read:event:organisation',
	'create:event:organisation',
	'update:event:organisation',
	'read:registration:organisation',
	'checkin:registration:organisation',
	// regional insight (issue 20): staff read and work with it; the public summary is the coordinator's choice
	'read:insight:organisation',
	'mark:need:organisation',
	'subscribe:insight:organisation',
	'export:insight:organisation',
	'create:interview:organisation',
	'update:interview:organisation',
	'code:interview:organisation',
	'create:need_code:organisation',
	'update:need_code:organisation',
	// the learning library (issue 16): staff add and keep the organisation's materials and see their use
	'create:library_item:organisation',
	'update:library_item:organisation',
	'read:library_usage:organisation',
	// surveys (issue 16): staff build them, send them to attendees and read and export the results
	'create:survey:organisation',
	'update:survey:organisation',
	'send:survey:organisation',
	'read:survey_results:organisation',
	'export:survey_results:organisation'
] as const;

/** The coordinator adds what only they decide: cancellations, mass messages, deletions, publishing. */
export const workCoordinator = [
	'delete:event:organisation', // cancel an event (everyone registered is told)
	'message:registration:organisation', // write to registrants, attendees or no-shows
	'delete:interview:organisation',
	'merge:need_code:organisation',
	'publish:insight:organisation',
	'delete:library_item:organisation',
	'delete:survey:organisation',
	'publish:survey_results:organisation', // what the public sees of the answers is the coordinator's decision
] as const;
