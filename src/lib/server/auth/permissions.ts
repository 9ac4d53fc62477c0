/**
 * Permissions as data: one table says which role may do what, with which reach.
 * The same `can()` decides on the server (inside `authorize()`) and in the UI (to show or hide
 * a button), so the two never disagree. The authorization matrix test reads this table.
 *
 * A permission is `action:entity:scope`:
 * - `any`       — every row of that entity;
 * - `territory` — rows located in a municipality the principal's organisation covers (territory editors);
 * - `own`       — rows the principal owns (a producer's listings, a user's own account and submissions).
 */

export const ROLES = ['admin', 'moderator', 'territory_editor', 'producer', 'member'] as const;
export type Role = (typeof ROLES)[number];
/** Who may act without signing in (suggest a producer, report a problem). */
export type Actor = Role | 'anonymous';

export const SCOPES = ['own', 'territory', 'any'] as const;
export type Scope = (typeof SCOPES)[number];

/** `action:entity`, the thing a route asks for; the scope is decided by `can()`. */
export type Capability = `${string}:${string}`;
export type Permission = `${Capability}:${Scope}`;

/** The signed-in person as the server sees them for one request; null = anonymous. */
export type Principal = {
	userId: string;
	email: string;
	emailVerified: boolean;
	roles: Role[];
	/** Producers this user owns (approved claims or listings they created). */
	producerIds: string[];
	/** Municipality territory ids covered by the organisations the user edits for. */
	territoryIds: string[];
} | null;

/** What a permission is checked against: the row's owner(s) and where it is. */
export type ResourceScope = {
	/** The producer a row belongs to (a producer, its products, its sales point links). */
	producerId?: string | null;
	/** The user who created / owns the row (a submission, an account). */
	userId?: string | null;
	/** The municipality the row is located in. */
	municipalityId?: string | null;
};

/** What anyone may do, signed in or not: the account pages themselves. */
const visitor: Permission[] = [
	'create:session:any', // sign in (password or e-mailed link)
	'create:account:any', // sign up
	'verify:email:any', // confirm an address from the e-mailed link (the token is the proof)
	'reset:password:any', // ask for a reset link, set a new password with its token
	'create:alert:any', // subscribe to an alert (double opt-in: nothing is sent before the e-mailed link)
	'confirm:alert:any', // the e-mailed confirmation link (the signed token is the proof)
	'delete:alert:any' // unsubscribe from the link in every digest (the signed token is the proof)
];

const member: Permission[] = [
	...visitor,
	'delete:session:own', // sign out, here or everywhere
	'read:account:own',
	'update:account:own',
	'delete:account:own',
	'export:account:own',
	'create:producer:own', // producer sign-up: a new listing, pending review
	'create:claim:own',
	'create:suggestion:any',
	'create:report:any',
	'create:image:own'
];

const producer: Permission[] = [
	...member,
	'update:producer:own',
	'create:product:own',
	'update:product:own',
	'delete:product:own',
	'update:sales_point:own',
	'create:sales_point:own',
	'delete:image:own'
];

const territoryEditor: Permission[] = [
	...member,
	'read:moderation:territory',
	'review:producer:territory',
	'review:sales_point:territory',
	'review:place:territory',
	'review:report:territory',
	'review:claim:territory',
	'update:producer:territory',
	'update:sales_point:territory',
	'update:place:territory'
];

const moderator: Permission[] = [
	...member,
	'read:moderation:any',
	'review:producer:any',
	'review:sales_point:any',
	'review:place:any',
	'review:organisation:any',
	'review:report:any',
	'review:claim:any',
	'update:producer:any',
	'update:sales_point:any',
	'update:place:any',
	'delete:image:any'
];

const admin: Permission[] = [
	...moderator,
	'read:user:any',
	'update:user:any', // roles, organisation membership
	'delete:user:any',
	'update:organisation:any', // covered territories
	'read:audit:any',
	'read:outbox:any',
	'send:alert_digest:any', // the alerts' weekly digest at once (admin mail page)
	'create:import:any'
];

export const PERMISSIONS: Readonly<Record<Actor, readonly Permission[]>> = {
	anonymous: [...visitor, 'create:suggestion:any', 'create:report:any'],
	member,
	producer,
	territory_editor: territoryEditor,
	moderator,
	admin
};

function actorsOf(principal: Principal): Actor[] {
	return principal ? (principal.roles.length ? principal.roles : ['member']) : ['anonymous'];
}

/** The widest scope in which `principal` holds `capability`, or null. */
export function grantedScope(principal: Principal, capability: Capability): Scope | null {
	const held = new Set(actorsOf(principal).flatMap((a) => PERMISSIONS[a]));
	for (const scope of ['any', 'territory', 'own'] as const) {
		if (held.has(`${capability}:${scope}`)) return scope;
	}
	return null;
}

/**
 * May `principal` do `capability` to `resource`? Without a resource only `any` (or a scope that
 * needs no row, like creating something of one's own) counts.
 */
export function can(principal: Principal, capability: Capability, resource?: ResourceScope): boolean {
	const held = new Set(actorsOf(principal).flatMap((a) => PERMISSIONS[a]));
	if (held.has(`${capability}:any`)) return true;
	if (!principal) return false;
	if (held.has(`${capability}:territory`) && resource?.municipalityId && principal.territoryIds.includes(resource.municipalityId)) {
		return true;
	}
	if (held.has(`${capability}:own`)) {
		if (!resource) return true; // creating one's own thing: there is no row yet
		if (resource.userId && resource.userId === principal.userId) return true;
		if (resource.producerId && principal.producerIds.includes(resource.producerId)) return true;
	}
	return false;
}
