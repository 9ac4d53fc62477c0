/**
 * Issue 19's rows of the permission table, spread into `permissions.ts`'s roles like the contests'
 * file: cooperation profiles, the interests between two sides, and brokerage days.
 */

// ── Profiles: a producer's owner writes its offers and requests, organisation staff the
// organisation's, moderators review them before they are public.
/** Anyone: the one-click unsubscribe from the weekly match digest (the signed link is the proof). */
export const cooperationVisitor = ['delete:cooperation_digest:any'] as const;

/** A listing's owner: the listing's profiles (write, submit, renew, withdraw). */
export const cooperationProducer = ['create:cooperation_profile:own', 'update:cooperation_profile:own'] as const;

/** Organisation staff (editor and coordinator): the organisation's profiles. */
const profileEditor = ['create:cooperation_profile:organisation', 'update:cooperation_profile:organisation'] as const;

/** Moderators approve or reject a submitted profile. */
export const cooperationModerator = ['review:cooperation_profile:any'] as const;

const profileAdmin = ['create:cooperation_profile:any', 'update:cooperation_profile:any'] as const;

// ── Interests: deliberately no `any` reach, not for admins or moderators either: an interest shows
// contacts once accepted, and only the two sides may read it (contacts never reach staff through these
// pages). `own` is the sender (userId) or the owner of the producer listing the profile belongs to
// (producerId); `organisation` the staff of the owning organisation.
/** Any signed-in person: express interest, and as one of the two sides read, answer, write and record outcomes. */
const interestMember = [
	'create:cooperation_interest:own',
	'read:cooperation_interest:own',
	'decide:cooperation_interest:own', // the resource is the profile's owner only, never the sender
	'withdraw:cooperation_interest:own', // the resource is the sender only
	'message:cooperation_interest:own',
	'record:cooperation_outcome:own'
] as const;

/** Staff of the organisation that owns the profile (editor and coordinator alike) act for it. */
const interestStaff = [
	'read:cooperation_interest:organisation',
	'decide:cooperation_interest:organisation',
	'message:cooperation_interest:organisation',
	'record:cooperation_outcome:organisation'
] as const;

// ── Brokerage days
/**
 * A signed-in person books for themselves: list oneself, ask for, answer and cancel meetings. The
 * resource is their own account; the flow then checks their person key holds a registration.
 */
const brokerageMember = ['join:brokerage:own', 'book:brokerage_meeting:own'] as const;

/** Staff open an event's brokerage day (window, slots, mode) and see every meeting. */
const brokerageEditor = ['read:brokerage:organisation', 'update:brokerage:organisation'] as const;

const brokerageAdmin = ['read:brokerage:any', 'update:brokerage:any'] as const;

/** Any signed-in person: interests as one of the two sides, and their own brokerage bookings. */
export const cooperationMember = [...interestMember, ...brokerageMember] as const;
/** Organisation staff (editor and coordinator): the organisation's profiles, its interests, its brokerage days. */
export const cooperationStaff = [...profileEditor, ...interestStaff, ...brokerageEditor] as const;
export const cooperationAdmin = [...profileAdmin, ...brokerageAdmin] as const;
