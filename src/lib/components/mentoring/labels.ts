/** The reader's words for the mentoring pair's values (statuses, formats, goal kinds). */
import { m } from '$lib/paraglide/messages';

export const formatLabel = (f: string): string => ({ in_person: m.pair_format_in_person, online: m.pair_format_online, phone: m.pair_format_phone })[f as 'phone']?.() ?? f;

export const statusLabel = (s: string): string =>
	({ proposed: m.pair_status_proposed, active: m.pair_status_active, declined: m.pair_status_declined, completed: m.pair_status_completed, ended: m.pair_status_ended })[s as 'active']?.() ?? s;

export const FORMATS = ['in_person', 'online', 'phone'] as const;

/** A file size in KB or MB, as people read it. */
export const fileSize = (bytes: number | null): string => (bytes === null ? '' : bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);
