import { m } from '$lib/paraglide/messages';

const LABELS: Record<string, () => string> = {
	admin: () => m.role_admin(),
	moderator: () => m.role_moderator(),
	territory_editor: () => m.role_territory_editor(),
	producer: () => m.role_producer(),
	member: () => m.role_member()
};

export const roleLabel = (role: string): string => LABELS[role]?.() ?? role;
