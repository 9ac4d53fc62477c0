/**
 * The brokerage days' rows of the permission table (issue 19), spread into `permissions.ts`'s roles like
 * the contests' file.
 */

/**
 * A signed-in person books for themselves: list oneself, ask for, answer and cancel meetings. The
 * resource is their own account; the flow then checks their person key holds a registration.
 */
export const brokerageMember = ['join:brokerage:own', 'book:brokerage_meeting:own'] as const;

/** Staff open an event's brokerage day (window, slots, mode) and see every meeting. */
export const brokerageEditor = ['read:brokerage:organisation', 'update:brokerage:organisation'] as const;

export const brokerageAdmin = ['read:brokerage:any', 'update:brokerage:any'] as const;
