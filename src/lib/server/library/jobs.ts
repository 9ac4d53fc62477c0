// Job handlers of the learning library (imported once from src/lib/server/jobs/handlers.ts).
import { z } from 'zod';
import { registerJobHandler } from '../jobs/registry';
import { LIBRARY_THUMBNAIL_JOB } from './flow';
import { drawLibraryThumbnail } from './thumbnail-job';

registerJobHandler(LIBRARY_THUMBNAIL_JOB, async (db, raw) => {
	await drawLibraryThumbnail(db, z.object({ itemId: z.uuid(), sha256: z.string().min(1) }).parse(raw));
});
