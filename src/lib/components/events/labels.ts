/** The events' label functions live in programme/event-labels.ts, where server code (impact) may read them too. */
export * from '$lib/programme/event-labels';
