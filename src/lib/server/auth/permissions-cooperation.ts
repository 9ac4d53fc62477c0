/**
 * The cooperation profiles' rows of the permission table (issue 19), spread into `permissions.ts`'s
 * roles like the contests' file: a producer's owner writes its offers and requests, organisation
 * staff write the organisation's, moderators review them before they are public.
 */

/** Anyone: the one-click unsubscribe from the weekly match digest (the signed link is the proof). */
export const cooperationVisitor = ['delete:cooperation_digest:any'] as const;

/** A listing's owner: the listing's profiles (write, submit, renew, withdraw). */
export const cooperationProducer = ['create:cooperation_profile:own', 'update:cooperation_profile:own'] as const;

/** Organisation staff (editor and coordinator): the organisation's profiles. */
export const cooperationEditor = ['create:cooperation_profile:organisation', 'update:cooperation_profile:organisation'] as const;

/** Moderators approve or reject a submitted profile. */
export const cooperationModerator = ['review:cooperation_profile:any'] as const;

export const cooperationAdmin = ['create:cooperation_profile:any', 'update:cooperation_profile:any'] as const;
