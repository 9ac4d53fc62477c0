/** The audit log's words: action, object type and detail names in the reader's language (unknown codes as they are). */
import { m } from '$lib/paraglide/messages';
import { typeLabel } from '$lib/components/moderation/labels';

const message = (key: string): string | null => {
	const fn = (m as unknown as Record<string, (() => string) | undefined>)[key];
	return typeof fn === 'function' ? fn() : null;
};

export const auditActionLabel = (action: string): string => message(`audit_action_${action.replace(/\./g, '_')}`) ?? action;

export function auditEntityLabel(type: string): string {
	if (type === 'organisation' || type === 'user' || type === 'import') return message(`audit_detail_entity_${type}`) ?? type;
	return typeLabel(type) || type;
}

export const auditDetailLabel = (key: string): string => message(`audit_detail_${key}`) ?? key;
