import { z } from 'zod';
import { positiveInt4 } from '../domain/ids';
import { choice, list, requiredEmail, uuid } from './fields';

export const ORGANISATION_ROLE_CHOICES = ['coordinator', 'editor'] as const;

/** A coordinator invites a colleague; an admin adds staff (an address without an account is invited). */
export const inviteSchema = z.object({ email: requiredEmail, role: choice(ORGANISATION_ROLE_CHOICES) });

/** A member's new role, or their removal. */
export const staffChangeSchema = z.object({ member: uuid(), role: choice(ORGANISATION_ROLE_CHOICES) });

/** Merge the duplicate into the person who stays. */
export const mergeSchema = z
	.object({ survivor: uuid('required'), merged: uuid('required') })
	.refine((v) => v.survivor !== v.merged, { message: 'same_person', path: ['merged'] });

/** A button that names one row (an invitation to withdraw, a member to remove). */
export const invitationRefSchema = z.object({ invitation: uuid() });
export const memberRefSchema = z.object({ member: uuid() });

/** The territories an organisation covers (admin): the ticked ids; anything that is not an id is ignored. */
export const coverageSchema = z.object({
	territory: list(z.unknown()).transform((ids) => ids.map(positiveInt4).filter((id): id is number => id !== null))
});
