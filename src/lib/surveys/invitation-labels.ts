/** Words for an invitation's status and for why invitations cannot be sent (staff pages). */
import { m } from '$lib/paraglide/messages';

export type InvitationStatus = 'invited' | 'reminded' | 'responded' | 'bounced';
export type InviteRefusal = 'not_found' | 'not_open' | 'link_only' | 'event_not_ended' | 'no_event';

export function invitationStatusLabel(status: InvitationStatus): string {
	switch (status) {
		case 'invited':
			return m.survey_invite_status_invited();
		case 'reminded':
			return m.survey_invite_status_reminded();
		case 'responded':
			return m.survey_invite_status_responded();
		case 'bounced':
			return m.survey_invite_status_bounced();
	}
}

export function inviteRefusalText(reason: InviteRefusal): string {
	switch (reason) {
		case 'event_not_ended':
			return m.survey_invite_refused_not_ended();
		case 'link_only':
			return m.survey_invite_audience_link();
		case 'no_event':
			return m.survey_invite_refused_no_event();
		case 'not_open':
		case 'not_found':
			return m.survey_invite_not_open();
	}
}
