// The contests' background work (imported once from src/lib/server/jobs/handlers.ts).
import { registerJobHandler } from '../jobs/registry';
import { FREEZE_JOB, freezeContest } from './draw-flow';
import './enter-flow'; // its confirmation purpose must exist before any link is used
import './personal-data'; // its person reference (merge, anonymise)

registerJobHandler(FREEZE_JOB, async (db, payload: { contestId: string }) => {
	await freezeContest(db, payload.contestId);
});
