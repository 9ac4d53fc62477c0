/** The surveys' side of background work: a refused invitation mail marks the invitation bounced. */
import { isUuid } from '$lib/domain/ids';
import { registerBounceHandler } from '../mail/bounces';
import { INVITATION_REF_KIND } from './invitation-mail';
import { markInvitationBounced } from './invitations-repository';

registerBounceHandler(INVITATION_REF_KIND, async (db, invitationId) => {
	if (isUuid(invitationId)) await markInvitationBounced(db, invitationId, new Date());
});
