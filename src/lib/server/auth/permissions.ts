/**
 * Permissions as data: one table says which role may do what, with which reach.
 * The same `can()` decides on the server (inside `authorize()`) and in the UI (to show or hide
 * a button), so the two never disagree. The authorization matrix test reads this table.
 *
 * A permission is `action:entity:scope`:
 * - `any`       — every row of that entity;
 * - `territory` — rows located in a municipality the principal's organisation covers (territory editors);
 * - `own`       — rows the principal owns (a producer's listings, a user's own account and submissions);
 * - `organisation` — rows of an organisation the principal works for, held through their role in
 *   that organisation's workspace (coordinator, editor; decision 006), never through a global role.
 */

import { workCoordinator, workEditor } from './permissions-organisation-work';
import { programmeAdmin, programmeCoordinator, programmeEditor, programmeVisitor } from './permissions-programmes';
import { impactAdmin, impactEditor } from './permissions-impact';
import { contestAdmin, contestCoordinator, contestEditor, contestVisitor } from './permissions-contests';
import type { ResourceScope } from './resource-scope';
import { cooperationAdmin, cooperationMember, cooperationModerator, cooperationProducer, cooperationStaff, cooperationVisitor } from './permissions-cooperation';

export const ROLES = ['admin', 'moderator', 'territory_editor', 'producer', 'member'] as const;
export type Role = (typeof ROLES)[number];
/** Roles inside one organisation's workspace (organisation_members); they grant `:organisation` reach only. */
export const ORGANISATION_ROLES = ['coordinator', 'editor'] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];
/** Who may act without signing in (suggest a producer, report a problem). */
export type Actor = Role | OrganisationRole | 'anonymous';

export const SCOPES = ['own', 'territory', 'organisation', 'any'] as const;
export type Scope = (typeof SCOPES)[number];

/** The shape of a table row: `action:entity:scope`. */
export type Permission = `${string}:${string}:${Scope}`;

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
	/** The organisations whose workspace the user works in, with their role there. */
	memberships: { organisationId: string; slug: string; role: OrganisationRole }[];
} | null;

export type { ResourceScope };

/** What anyone may do, signed in or not: the account pages themselves. */
const visitor = [
	'create:session:any', // sign in (password or e-mailed link)
	'create:account:any', // sign up
	'verify:email:any', // confirm an address from the e-mailed link (the token is the proof)
	'reset:password:any', // ask for a reset link, set a new password with its token
	'create:registration:any', // register for a published event (an address without an account is confirmed by link)
	'update:registration:any', // cancel or accept an offer from one's personal event link (the signed link is the proof)
	'create:alert:any', // subscribe to an alert (double opt-in: nothing is sent before the e-mailed link)
	'confirm:alert:any', // the e-mailed confirmation link (the signed token is the proof)
	'delete:alert:any', // unsubscribe from the link in every digest (the signed token is the proof)
	'create:survey_response:any', // answer an open survey (an invitation link or a confirmed address limits it to one)
	'update:survey_response:any', // save and resume one's answers (the resume link is the proof)
	...programmeVisitor,
	...contestVisitor,
	...cooperationVisitor
] as const satisfies readonly Permission[];

const member = [
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
	'create:image:own',
	'accept:invitation:own', // join a workspace by an invitation sent to one's own address
	...cooperationMember
] as const satisfies readonly Permission[];

const producer = [
	...member,
	'update:producer:own',
	'create:product:own',
	'update:product:own',
	'delete:product:own',
	'update:sales_point:own',
	'create:sales_point:own',
	'delete:image:own',
	...cooperationProducer
] as const satisfies readonly Permission[];

const territoryEditor = [
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
] as const satisfies readonly Permission[];

const moderator = [
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
	'delete:image:any',
	...cooperationModerator
] as const satisfies readonly Permission[];

const admin = [
	...moderator,
	'read:user:any',
	'update:user:any', // roles, organisation membership
	'delete:user:any',
	'update:organisation:any', // covered territories
	'read:audit:any',
	'read:outbox:any',
	'send:alert_digest:any', // the alerts' weekly digest at once (admin mail page)
	'create:import:any',
	// every organisation's workspace (decision 006)
	'read:workspace:any',
	'create:membership:any', // add staff to an organisation
	'update:membership:any',
	'delete:membership:any',
	'create:invitation:any',
	'delete:invitation:any',
	'create:project:any',
	'update:project:any',
	'delete:project:any',
	'create:news:any',
	'update:news:any',
	'delete:news:any',
	'read:person:any',
	'merge:person:any',
	'read:event:any',
	'create:event:any',
	'update:event:any',
	'delete:event:any',
	'read:registration:any',
	'checkin:registration:any',
	'message:registration:any',
	// regional insight (issue 20)
	'read:insight:any',
	'mark:need:any',
	'subscribe:insight:any',
	'publish:insight:any',
	'export:insight:any',
	'create:interview:any',
	'update:interview:any',
	'delete:interview:any',
	'code:interview:any',
	'create:need_code:any',
	'update:need_code:any',
	'merge:need_code:any',
	// the learning library (issue 16)
	'create:library_item:any',
	'update:library_item:any',
	'delete:library_item:any',
	'read:library_usage:any',
	// surveys (issue 16)
	'create:survey:any',
	'update:survey:any',
	'delete:survey:any',
	'send:survey:any',
	'read:survey_results:any',
	'export:survey_results:any',
	'publish:survey_results:any',
	...programmeAdmin,
	...impactAdmin,
	...contestAdmin,
	...cooperationAdmin
] as const satisfies readonly Permission[];

/** Staff of an organisation: they keep its public work (projects, news) current. */
const editor = [
	'read:workspace:organisation',
	'create:project:organisation',
	'update:project:organisation',
	'create:news:organisation',
	'update:news:organisation',
	'delete:news:organisation',
	...workEditor,
	...programmeEditor,
	...impactEditor,
	...contestEditor,
	...cooperationStaff
] as const satisfies readonly Permission[];

/** The organisation's coordinator: an editor who also manages the team and the people who take part. */
const coordinator = [
	...editor,
	'delete:project:organisation',
	'create:invitation:organisation',
	'delete:invitation:organisation',
	'update:membership:organisation',
	'delete:membership:organisation',
	'read:person:organisation',
	'merge:person:organisation',
	...workCoordinator,
	...programmeCoordinator,
	...contestCoordinator
] as const satisfies readonly Permission[];

/** Every permission some actor holds (the table below is the only source). */
type Granted = (typeof admin | typeof coordinator | typeof producer | typeof territoryEditor)[number];
type WithoutScope<P> = P extends `${infer Action}:${infer Entity}:${Scope}` ? `${Action}:${Entity}` : never;

/**
 * `action:entity`, the thing a route asks for; the scope is decided by `can()`. Derived from the
 * table, so a capability nobody can hold (a typo) does not compile.
 */
export type Capability = WithoutScope<Granted>;

export const PERMISSIONS: Readonly<Record<Actor, readonly Permission[]>> = {
	anonymous: [...visitor, 'create:suggestion:any', 'create:report:any'],
	member,
	producer,
	territory_editor: territoryEditor,
	moderator,
	admin,
	coordinator,
	editor
};

function actorsOf(principal: Principal): Actor[] {
	return principal ? (principal.roles.length ? principal.roles : ['member']) : ['anonymous'];
}

/** The widest scope in which `principal` holds `capability`, or null. */
export function grantedScope(principal: Principal, capability: Capability): Scope | null {
	const held = new Set(actorsOf(principal).flatMap((a) => PERMISSIONS[a]));
	for (const role of principal?.memberships ?? []) for (const p of PERMISSIONS[role.role]) held.add(p);
	for (const scope of ['any', 'territory', 'organisation', 'own'] as const) {
		if (held.has(`${capability}:${scope}`)) return scope;
	}
	return null;
}

/** Whether the principal's role in the organisation holds `capability` with organisation reach. */
function holdsInOrganisation(principal: NonNullable<Principal>, capability: Capability, organisationId: string): boolean {
	return principal.memberships.some((mb) => mb.organisationId === organisationId && PERMISSIONS[mb.role].includes(`${capability}:organisation`));
}

/**
 * May `principal` do `capability` to `resource`? Without a resource only `any` counts: `own`,
 * `territory` and `organisation` are about a row, and a missing one is a refusal, not a pass.
 */
export function can(principal: Principal, capability: Capability, resource?: ResourceScope): boolean {
	const held = new Set(actorsOf(principal).flatMap((a) => PERMISSIONS[a]));
	// one's own proposal needs another person's decision, whatever roles one holds
	if (principal && resource?.proposedBy && resource.proposedBy === principal.userId && capability.startsWith('review:')) return false;
	if (held.has(`${capability}:any`)) return true;
	if (!principal) return false;
	const places = resource?.municipalityIds ?? (resource?.municipalityId ? [resource.municipalityId] : []);
	if (held.has(`${capability}:territory`) && places.length > 0 && places.every((id) => principal.territoryIds.includes(id))) {
		return true;
	}
	if (resource?.organisationId && holdsInOrganisation(principal, capability, resource.organisationId)) return true;
	if (held.has(`${capability}:own`)) {
		// `own` is about a row: without one nothing is anybody's (a new row names its author: ownNewRow)
		if (!resource) return false;
		if (resource.userId && resource.userId === principal.userId) return true;
		if (resource.producerId && principal.producerIds.includes(resource.producerId)) return true;
		if (resource.email && resource.email.toLowerCase() === principal.email.toLowerCase()) return true;
	}
	return false;
}

/** The resource of a row being created by the principal (a sign-up listing, a claim): it will be theirs. */
export function ownNewRow(principal: Principal): ResourceScope {
	return { userId: principal?.userId ?? null };
}
