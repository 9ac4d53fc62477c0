/**
 * The moderators' decision forms, one schema each, read by the page's action and by the flow
 * (the flow refuses what the form would, so no other caller can skip the rule). Error codes are
 * the ones the pages localize.
 */
import { z } from 'zod';
import { clean } from './fields';

export const DECISIONS = ['approve', 'reject', 'request_changes', 'archive'] as const;
export type Decision = (typeof DECISIONS)[number];

/** A rejection or a request for changes tells the author why; the others may say nothing. */
export const needsMessage = (decision: Decision) => decision === 'reject' || decision === 'request_changes';
export const DECISION_MESSAGE_MAX = 2000;

export const decisionSchema = z
	.object({
		decision: z.enum(DECISIONS),
		message: z.preprocess((v) => clean(v ?? ''), z.string().max(DECISION_MESSAGE_MAX, 'message_too_long'))
	})
	.superRefine((d, ctx) => {
		if (needsMessage(d.decision) && !d.message) ctx.addIssue({ code: 'custom', path: ['message'], message: 'message_required' });
	})
	.transform((d) => ({ decision: d.decision, message: d.message || null }));

export type DecisionMessageError = 'message_required' | 'message_too_long';
