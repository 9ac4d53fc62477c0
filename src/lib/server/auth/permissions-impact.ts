/**
 * The impact report's rows of the permission table (issue 18), spread into `permissions.ts`.
 * Staff read the report of their organisation's work and the records behind each figure (the
 * drill-down names people, as the registration lists they already read do); admins any. The
 * public summary of a published project needs no capability: it has no personal data.
 */
export const impactEditor = [
	'read:impact_report:organisation',
	'read:impact_records:organisation' // the drill-down: events, participations with the person's name
] as const;

export const impactAdmin = ['read:impact_report:any', 'read:impact_records:any'] as const;
