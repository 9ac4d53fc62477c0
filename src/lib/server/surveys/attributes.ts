/**
 * What a response is broken down by (issue 16: "cross-tabs by attendee attributes — event,
 * municipality, gender/age band where collected"). Taken at submission from what the person
 * already told the organisation when registering for the event (never asked again), and, failing
 * that, the survey's own municipality question. Only coarse facts; results hide groups under 5.
 */
import type { SurveyAnswers, SurveyDefinition, SurveyRespondentAttributes } from '$lib/domain/survey/types';
import type { Db } from '../db/types';
import { latestAttendance } from '../participation/participations-repository';
import type { SurveyRow } from './surveys-repository';

/** The answer to the survey's first municipality question, when there is one. */
export function answeredMunicipality(definition: SurveyDefinition, answers: SurveyAnswers): number | undefined {
	for (const section of definition.sections)
		for (const q of section.questions) {
			const a = answers[q.id];
			if (q.type === 'municipality' && typeof a === 'number' && Number.isInteger(a)) return a;
		}
	return undefined;
}

export async function respondentAttributes(
	db: Db,
	survey: Pick<SurveyRow, 'audience' | 'eventId' | 'projectId'>,
	personId: string | null,
	definition: SurveyDefinition,
	answers: SurveyAnswers
): Promise<SurveyRespondentAttributes> {
	const attributes: SurveyRespondentAttributes = {};
	const scope = survey.audience === 'event_attendees' && survey.eventId ? { eventId: survey.eventId } : survey.audience === 'project' && survey.projectId ? { projectId: survey.projectId } : null;
	const attended = personId && scope ? await latestAttendance(db, personId, scope) : null;
	if (attended) {
		attributes.eventId = attended.activityId;
		if (attended.municipalityId !== null) attributes.municipalityId = attended.municipalityId;
		if (attended.gender) attributes.gender = attended.gender;
		if (attended.ageBand) attributes.ageBand = attended.ageBand;
	} else if (survey.audience === 'event_attendees' && survey.eventId) attributes.eventId = survey.eventId;
	const municipality = answeredMunicipality(definition, answers);
	if (attributes.municipalityId === undefined && municipality !== undefined) attributes.municipalityId = municipality;
	return attributes;
}
