import { z } from 'zod';
import { choice, clean, requiredEmail } from './fields';

export const ORGANISATION_ROLE_CHOICES = ['coordinator', 'editor'] as const;

/** A coordinator invites a colleague; an admin adds staff (an address without an account is invited). */
export const inviteSchema = z.object({ email: requiredEmail, role: choice(ORGANISATION_ROLE_CHOICES) });

/** A member's new role, or their removal. */
export const staffChangeSchema = z.object({ member: z.preprocess(clean, z.uuid('invalid')), role: choice(ORGANISATION_ROLE_CHOICES) });

/** Merge the duplicate into the person who stays. */
export const mergeSchema = z
	.object({ survivor: z.preprocess(clean, z.uuid('required')), merged: z.preprocess(clean, z.uuid('required')) })
	.refine((v) => v.survivor !== v.merged, { message: 'same_person', path: ['merged'] });

/** A button that names one row (an invitation to withdraw, a member to remove). */
export const invitationRefSchema = z.object({ invitation: z.preprocess(clean, z.uuid('invalid')) });
export const memberRefSchema = z.object({ member: z.preprocess(clean, z.uuid('invalid')) });
