/**
 * The permission resources of an interest's page actions: loaded from the row, and a 404 for
 * anyone who is not one of its two sides (existence is not revealed, not even by a 403).
 */
import { error, type RequestEvent } from '@sveltejs/kit';
import type { ResourceScope } from '../auth/permissions';
import { db } from '../db/bootstrap';
import { findInterestCore, ownerResource, partyResource, senderResource, sideOf, type InterestCore } from './access';

type Ev = Pick<RequestEvent, 'locals' | 'params'>;

async function resourceOf(event: Ev, pick: (i: InterestCore) => ResourceScope): Promise<ResourceScope> {
	const i = await findInterestCore(db(), event.params.id ?? '');
	if (!i || !sideOf(event.locals.principal ?? null, i)) error(404, 'Not found');
	return pick(i);
}

export const asOwner = (event: Ev) => () => resourceOf(event, ownerResource);
export const asSender = (event: Ev) => () => resourceOf(event, senderResource);
export const asParty = (event: Ev) => () => resourceOf(event, partyResource);
