/** The needs taxonomy (issue 20): add, rename, move and merge codes; merging moves every coding along. */
import { recordAudit } from '../audit/audit-repository';
import type { Db } from '../db/types';
import { deleteCode, insertCode, listCodes, moveCodings, setParent, updateCode } from './codes-repository';
import type { FlowResult } from './interviews-flow';
import { canMerge, canMoveUnder } from './taxonomy';

export async function addCode(db: Db, organisationId: string, code: { name: string; description?: string; parent?: string }): Promise<FlowResult<{ id: string }>> {
	const codes = await listCodes(db, organisationId);
	if (code.parent && !codes.some((c) => c.id === code.parent)) return { ok: false, errors: { parent: 'invalid' } };
	const id = await insertCode(db, organisationId, { name: code.name, description: code.description ?? '', parentId: code.parent ?? null });
	return id ? { ok: true, id } : { ok: false, errors: { name: 'code_exists' } };
}

export async function changeCode(db: Db, organisationId: string, input: { code: string; name: string; description?: string; parent?: string }): Promise<FlowResult> {
	const codes = await listCodes(db, organisationId);
	if (!codes.some((c) => c.id === input.code)) return { ok: false, errors: { _form: 'not_found' } };
	const parentId = input.parent ?? null;
	if (parentId && !codes.some((c) => c.id === parentId)) return { ok: false, errors: { parent: 'invalid' } };
	if (!canMoveUnder(codes, input.code, parentId)) return { ok: false, errors: { parent: 'merge_loop' } };
	const ok = await updateCode(db, input.code, { name: input.name, description: input.description ?? '', parentId });
	return ok ? { ok: true } : { ok: false, errors: { name: 'code_exists' } };
}

/**
 * Merges `from` into `into` in one transaction: codings move, subcodes move under `into` (a
 * subcode whose name `into` already has is merged into that one the same way), `from` goes.
 */
export async function mergeCode(db: Db, organisationId: string, input: { from: string; into: string; actorUserId: string }): Promise<FlowResult<{ moved: number }>> {
	return db.transaction(async (tx): Promise<FlowResult<{ moved: number }>> => {
		const codes = await listCodes(tx, organisationId);
		if (!codes.some((c) => c.id === input.from) || !codes.some((c) => c.id === input.into)) return { ok: false, errors: { _form: 'not_found' } };
		if (!canMerge(codes, input.from, input.into)) return { ok: false, errors: { into: 'merge_loop' } };
		const moved = await mergeInto(tx, organisationId, input.from, input.into);
		await recordAudit(tx, { actorUserId: input.actorUserId, action: 'need_code.merge', entityType: 'need_code', entityId: input.into, details: { organisationId, merged: input.from, name: codes.find((c) => c.id === input.from)?.name, moved } });
		return { ok: true, moved };
	});
}

async function mergeInto(db: Db, organisationId: string, from: string, into: string): Promise<number> {
	let moved = await moveCodings(db, from, into);
	const codes = await listCodes(db, organisationId);
	for (const child of codes.filter((c) => c.parentId === from)) {
		const twin = codes.find((c) => c.parentId === into && c.name === child.name);
		if (twin) moved += await mergeInto(db, organisationId, child.id, twin.id);
		else await setParent(db, child.id, into);
	}
	await deleteCode(db, from);
	return moved;
}
