import type { HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { config, ConfigError } from '$lib/server/config/env';
import { DataDirLockedError } from '$lib/server/db/lock';
import { startDatabase, stopDatabase } from '$lib/server/db/bootstrap';
import { registerServerLocaleStrategy } from '$lib/i18n/strategy';
import { handleCompression } from '$lib/server/hooks/compression';
import { handleResponseCache } from '$lib/server/hooks/response-cache';
import { handleIdleCollection } from '$lib/server/hooks/idle-collection';
import { handleLocale } from '$lib/server/hooks/locale';
import { handleSecurityHeaders } from '$lib/server/hooks/security-headers';
import { handleSession } from '$lib/server/hooks/session';
import { handleClientAddress } from '$lib/server/hooks/client-address';
import { handleMalformedInput } from '$lib/server/hooks/malformed-input';
import { handleCsrf } from '$lib/server/hooks/csrf';
import { handlePreloadHeader } from '$lib/server/hooks/preload-header';
import { startWorker, type Worker } from '$lib/server/jobs/worker';
import { scheduleNextDigest } from '$lib/server/moderation/digest';
import { scheduleAlertExpiry, scheduleNextAlertDigest } from '$lib/server/alerts/digest';
import { scheduleRetentionSweep } from '$lib/server/people/retention';
import { scheduleEventRetention } from '$lib/server/events/retention';
import { scheduleRollup } from '$lib/server/insight/rollup';
import { scheduleWeeklyDigest } from '$lib/server/insight/weekly-digest';
import { scheduleMentoringDaily } from '$lib/server/mentoring/schedule';
import { scheduleCooperation } from '$lib/server/cooperation/jobs';
import { db } from '$lib/server/db/bootstrap';

registerServerLocaleStrategy();

export const init: ServerInit = async () => {
	try {
		// bad configuration or a folder held by another process stops the server with a message that says what to fix
		await startDatabase(config());
	} catch (e) {
		if (e instanceof ConfigError || e instanceof DataDirLockedError) {
			console.error(`Tuvumā cannot start.\n${e.message}`);
			process.exit(1);
		}
		throw e;
	}
	const cfg = config();
	const worker: Worker = startWorker(db());
	// the moderators' daily digest re-schedules itself; this (idempotent) call starts the chain
	await scheduleNextDigest(db());
	// people's data past its retention is anonymised daily (decision 006); this starts that chain
	await scheduleRetentionSweep(db());
	// event registrations' answers and guest names go after the retention too (events/retention.ts)
	await scheduleEventRetention(db());
	// unmet demand (issue 20): the search log's roll-up catches up now and then nightly; the staff's weekly mail
	await scheduleRollup(db());
	await scheduleWeeklyDigest(db());
	// the alerts' weekly digest and the daily expiry of unconfirmed subscriptions, likewise
	await scheduleNextAlertDigest(db());
	await scheduleAlertExpiry(db());
	// mentoring pairs' nudges and the outcome check-ins (issue 17), each morning
	await scheduleMentoringDaily(db());
	await scheduleCooperation(db()); // cooperation profiles' daily expiry and weekly match digest (issue 19)
	// adapter-node emits this on SIGTERM/SIGINT once the HTTP server stopped taking requests;
	// PGlite keeps the process alive otherwise (stack notes).
	process.once('sveltekit:shutdown' as never, () => void worker.stop().then(stopDatabase));
	// scripts/server.mjs says "running" once the port is open (it may be taken)
	console.log(`Tuvumā: ready (database: ${cfg.DATABASE_URL ? 'PostgreSQL' : cfg.dataDir})`);
};

// the idle collection only counts requests; the shared response cache comes next: a hit skips everything
// else. Compression follows: it sees every header the others set and the final body
export const handle = sequence(handleIdleCollection, handleResponseCache, handleCompression, handleCsrf, handleClientAddress, handleLocale, handleMalformedInput, handleSecurityHeaders, handlePreloadHeader, handleSession);

export const handleError: HandleServerError = ({ error, status }) => {
	// Unexpected errors are logged in full and surface to the user as a localized error page.
	if (status >= 500) console.error(error);
	return { message: status === 404 ? 'Not found' : 'Internal error' };
};
