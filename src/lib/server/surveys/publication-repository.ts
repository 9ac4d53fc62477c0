/** surveys.results_published_at: whether the public results page is shown (null = staff only). */
import { eq } from 'drizzle-orm';
import { surveys } from '../db/schema';
import type { Db } from '../db/types';

export async function setResultsPublishedAt(db: Db, surveyId: string, at: Date | null, now: Date): Promise<void> {
	await db.update(surveys).set({ resultsPublishedAt: at, updatedAt: now }).where(eq(surveys.id, surveyId));
}
