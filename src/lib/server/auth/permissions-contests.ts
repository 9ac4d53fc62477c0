/**
 * The contests' rows of the permission table (issue 18), spread into `permissions.ts`'s roles like
 * the programmes' file.
 */

/** Anyone: enter a contest (an address is confirmed by link); a winner consents from their personal link. */
export const contestVisitor = [
	'create:contest_entry:any',
	'consent:contest_winner:any' // the signed personal link is the proof
] as const;

/** Staff run the organisation's contests: create, publish, freeze, enter the randomness and derive the winners, review entry photos. */
export const contestEditor = ['create:contest:organisation', 'update:contest:organisation', 'draw:contest:organisation', 'moderate:contest_photo:organisation'] as const;

/** Only the coordinator sets a winner aside (declined / not eligible): the next alternate takes the place. */
export const contestCoordinator = ['reject:contest_winner:organisation'] as const;

export const contestAdmin = ['create:contest:any', 'update:contest:any', 'draw:contest:any', 'reject:contest_winner:any', 'moderate:contest_photo:any'] as const;
