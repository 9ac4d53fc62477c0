/**
 * Check-in at the door and attendance afterwards. Every scan carries an id made on the phone, so a
 * queue of scans synced after the connection came back — or synced twice — counts each person
 * once; attendance is a status of the participation, so scanning the same QR again changes
 * nothing either. Walk-ins become people (by address when given) with registration `none`.
 */
import { authSecret } from '../auth/secret';
import { parse } from 'csv-parse/sync';
import type { Db } from '../db/types';
import { insertParticipation, setAttendance } from '../participation/participations-repository';
import { normaliseEmail } from '../people/domain';
import { personForEmail } from '../people/flow';
import { findPersonByEmail, insertNamedPerson } from '../people/people-repository';
import { eventActivity } from './domain';
import { findEvent } from './events-repository';
import { findRegistration, listRegistrations, recordScan, scanSeen, upsertDetails } from './registrations-repository';
import { readCheckinCode } from './tokens';

export type CheckinResult =
	| { ok: true; participationId: string; name: string | null; guests: number; already: boolean; registration: string }
	| { ok: false; reason: 'unknown_code' | 'other_event' | 'not_found' };

type Scan = { eventId: string; scanId: string; scannedAt: Date; actorUserId: string | null };

async function attend(tx: Db, scan: Scan, participationId: string, method: string): Promise<CheckinResult> {
	const reg = await findRegistration(tx, participationId);
	if (!reg) return { ok: false, reason: 'unknown_code' };
	if (reg.eventId !== scan.eventId) return { ok: false, reason: 'other_event' };
	const fresh = await recordScan(tx, { scanId: scan.scanId, eventId: scan.eventId, participationId, method, scannedAt: scan.scannedAt, actorUserId: scan.actorUserId });
	const already = !fresh || reg.attendance === 'attended';
	if (reg.attendance !== 'attended') await setAttendance(tx, participationId, 'attended', scan.scannedAt);
	return { ok: true, participationId, name: reg.name, guests: reg.guests, already, registration: reg.registration };
}

/** A QR code (or a registration picked by name): the person is in. */
export async function checkIn(db: Db, scan: Scan & { code?: string; participationId?: string }): Promise<CheckinResult> {
	return db.transaction(async (tx) => {
		const seen = await scanSeen(tx, scan.scanId);
		const id = seen?.participationId ?? scan.participationId ?? (scan.code ? readCheckinCode(scan.code, authSecret()) : null);
		if (!id) return { ok: false, reason: 'unknown_code' };
		return attend(tx, scan, id, scan.code ? 'qr' : 'name');
	});
}

/** Someone who did not register walks in; with an address they are the same person as elsewhere. */
export async function walkIn(db: Db, scan: Scan & { name: string; email?: string; locale: string }): Promise<CheckinResult> {
	return db.transaction(async (tx) => {
		const seen = await scanSeen(tx, scan.scanId);
		if (seen?.participationId) return attend(tx, scan, seen.participationId, 'walk_in');
		const event = await findEvent(tx, scan.eventId);
		if (!event) return { ok: false, reason: 'not_found' };
		const person = scan.email ? await personForEmail(tx, { email: scan.email, name: scan.name, locale: scan.locale }) : await insertNamedPerson(tx, { name: scan.name, locale: scan.locale, confirmedAt: scan.scannedAt });
		const { id, created } = await insertParticipation(tx, {
			personId: person.id,
			...eventActivity(event),
			registration: 'none',
			attendance: 'attended',
			at: scan.scannedAt
		});
		if (created) await upsertDetails(tx, { participationId: id, eventId: event.id, guests: 0, walkIn: true });
		return attend(tx, scan, id, 'walk_in');
	});
}

/** Staff mark people from the list (online events, or correcting the door). */
export async function markAttendance(db: Db, eventId: string, marks: { participationId: string; attendance: 'attended' | 'absent' | 'unknown' }[], now = new Date()): Promise<number> {
	return db.transaction(async (tx) => {
		let changed = 0;
		for (const mk of marks) {
			const reg = await findRegistration(tx, mk.participationId);
			if (!reg || reg.eventId !== eventId || reg.attendance === mk.attendance) continue;
			await setAttendance(tx, mk.participationId, mk.attendance, now);
			changed++;
		}
		return changed;
	});
}

export type CsvImport = { ok: true; matched: number; already: number; unmatched: string[] } | { ok: false; reason: 'no_email_column' | 'unreadable' };

/** The e-mail column of an attendee export (Zoom, Teams, Meet, …): the header that says "mail", else the first column of addresses. */
export function emailsOfCsv(text: string): string[] | null {
	const clean = text.replace(/^\uFEFF/, '');
	const delimiter = [',', ';', '\t'].map((d) => [d, (clean.split('\n')[0] ?? '').split(d).length] as const).sort((a, b) => b[1] - a[1])[0][0];
	const rows: string[][] = parse(clean, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: true });
	if (!rows.length) return [];
	let col = rows[0].findIndex((h) => /e-?mail|e-?pasts|почта/i.test(h));
	const body = col >= 0 ? rows.slice(1) : rows;
	if (col < 0) col = rows[0].findIndex((c) => normaliseEmail(c) !== null);
	if (col < 0) return null;
	return body.map((r) => r[col] ?? '').filter(Boolean);
}

/** Marks attended everyone on the list whose address (or a merged alias of it) matches a registrant. */
export async function importAttendanceCsv(db: Db, eventId: string, text: string, now = new Date()): Promise<CsvImport> {
	let emails: string[] | null;
	try {
		emails = emailsOfCsv(text);
	} catch {
		return { ok: false, reason: 'unreadable' };
	}
	if (!emails) return { ok: false, reason: 'no_email_column' };
	return db.transaction(async (tx) => {
		const regs = await listRegistrations(tx, eventId);
		const byPerson = new Map(regs.map((r) => [r.personId, r]));
		let matched = 0;
		let already = 0;
		const unmatched: string[] = [];
		for (const raw of new Set(emails)) {
			const email = normaliseEmail(raw);
			const person = email ? await findPersonByEmail(tx, email) : null;
			const reg = person ? (byPerson.get(person.id) ?? (person.mergedIntoId ? byPerson.get(person.mergedIntoId) : undefined)) : undefined;
			if (!reg) {
				unmatched.push(raw);
				continue;
			}
			if (reg.attendance === 'attended') already++;
			else {
				await setAttendance(tx, reg.participationId, 'attended', now);
				reg.attendance = 'attended';
				matched++;
			}
		}
		return { ok: true, matched, already, unmatched };
	});
}
