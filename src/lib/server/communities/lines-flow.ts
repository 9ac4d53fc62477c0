/** Consultation lines of an organisation: create, change, delete; each audited in its transaction. */
import { recordAudit } from '../audit/audit-repository';
import type { Db } from '../db/types';
import type { Actor } from './host-flow';
import { deleteLine, insertLine, phoneTaken, updateLine, type LineInput } from './lines-repository';
import { placeOfOperator } from './places-lookup';

export type LineResult = { ok: true; id: string } | { ok: false; errors: Record<string, string> };

export async function saveLine(db: Db, actor: Actor, input: LineInput, id: string | null): Promise<LineResult> {
	// a line is run at a place only if the organisation runs that place
	if (input.placeId && !(await placeOfOperator(db, actor.organisationId, input.placeId))) return { ok: false, errors: { placeId: 'invalid' } };
	if (id && (await phoneTaken(db, actor.organisationId, input.phone, id))) return { ok: false, errors: { phone: 'duplicate_phone' } };
	return db.transaction(async (tx): Promise<LineResult> => {
		const lineId = id ? ((await updateLine(tx, actor.organisationId, id, input)) ? id : null) : await insertLine(tx, actor.organisationId, input);
		// the unique (organisation, phone) index: that number is already a line of this organisation
		if (!lineId) return { ok: false, errors: id ? { _form: 'not_found' } : { phone: 'duplicate_phone' } };
		await recordAudit(tx, {
			actorUserId: actor.userId,
			action: id ? 'consultation_line.update' : 'consultation_line.create',
			entityType: 'organisation',
			entityId: actor.organisationId,
			details: { lineId, phone: input.phone, active: input.active }
		});
		return { ok: true, id: lineId };
	});
}

export async function removeLine(db: Db, actor: Actor, id: string): Promise<boolean> {
	return db.transaction(async (tx) => {
		if (!(await deleteLine(tx, actor.organisationId, id))) return false;
		await recordAudit(tx, { actorUserId: actor.userId, action: 'consultation_line.delete', entityType: 'organisation', entityId: actor.organisationId, details: { lineId: id } });
		return true;
	});
}
