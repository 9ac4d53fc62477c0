import type { Handle } from '@sveltejs/kit';
import { config } from '../config/env';
import { startIdleCollection, type IdleCollector } from '../runtime/idle-collection';

let collector: IdleCollector | null | undefined;

/** Every request, answered from a cache or not, tells the idle collection the server is busy. */
export const handleIdleCollection: Handle = ({ event, resolve }) => {
	if (collector === undefined) collector = startIdleCollection(config().IDLE_COLLECT_SECONDS);
	collector?.noteRequest();
	return resolve(event);
};
