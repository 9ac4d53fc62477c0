import { registerJobHandler } from '../jobs/registry';
import { ALERT_DIGEST_JOB, ALERT_EXPIRE_JOB, expireUnconfirmed, scheduleAlertExpiry, scheduleNextAlertDigest, sendAlertDigests } from './digest';

/** The weekly digest and the daily expiry of unconfirmed subscriptions; each schedules its next run. */
registerJobHandler(ALERT_DIGEST_JOB, async (db) => {
	await sendAlertDigests(db);
	await scheduleNextAlertDigest(db);
});

registerJobHandler(ALERT_EXPIRE_JOB, async (db) => {
	await expireUnconfirmed(db);
	await scheduleAlertExpiry(db);
});
