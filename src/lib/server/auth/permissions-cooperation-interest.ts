/**
 * The cooperation interests' rows of the permission table (issue 19), spread into `permissions.ts`'s
 * roles like the contests' file. Deliberately no `any` reach, not for admins or moderators either:
 * an interest shows contacts once accepted, and only the two sides may read it (decision: contacts
 * never reach staff through these pages). `own` is the sender (userId) or the owner of the producer
 * listing the profile belongs to (producerId); `organisation` the staff of the owning organisation.
 */

/** Any signed-in person: express interest, and as one of the two sides read, answer, write and record outcomes. */
export const cooperationInterestMember = [
	'create:cooperation_interest:own',
	'read:cooperation_interest:own',
	'decide:cooperation_interest:own', // the resource is the profile's owner only, never the sender
	'withdraw:cooperation_interest:own', // the resource is the sender only
	'message:cooperation_interest:own',
	'record:cooperation_outcome:own'
] as const;

/** Staff of the organisation that owns the profile (editor and coordinator alike) act for it. */
export const cooperationInterestStaff = [
	'read:cooperation_interest:organisation',
	'decide:cooperation_interest:organisation',
	'message:cooperation_interest:organisation',
	'record:cooperation_outcome:organisation'
] as const;
