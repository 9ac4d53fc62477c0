/**
 * The cooperation interest browser test's published profile (playwright.config.ts sets
 * SEED_TEST_COOPERATION=1; never in a real installation): an offer of the Kalnmuižas listing, whose
 * owner is the demo producer account, with contacts the test looks for before and after acceptance.
 */
import { eq } from 'drizzle-orm';
import { cooperationProfiles, producers } from '../db/schema';
import type { Db } from '../db/types';

export const TEST_PROFILE = {
	slug: 'e2e-sadarbiba-siers',
	contactName: 'Ilze Kalniņa',
	contactEmail: 'kalnmuiza.kontakti@example.lv',
	contactPhone: '+371 2900 0001'
} as const;

export async function seedTestCooperation(db: Db, now = new Date()): Promise<void> {
	const [p] = await db.select({ id: producers.id }).from(producers).where(eq(producers.slug, 'kalnmuizas'));
	if (!p) return;
	await db.delete(cooperationProfiles).where(eq(cooperationProfiles.slug, TEST_PROFILE.slug));
	await db.insert(cooperationProfiles).values({
		...TEST_PROFILE,
		producerId: p.id,
		direction: 'offer',
		kind: 'distribution',
		title: { lv: 'Siers un medus izplatītājiem Moldovā', ru: 'Сыр и мёд для дистрибьюторов в Молдове' },
		description: { lv: 'Meklējam izplatītāju Ziemeļmoldovā.', ru: 'Ищем дистрибьютора на севере Молдовы.' },
		countries: ['MD'],
		languages: ['lv', 'ru'],
		status: 'published',
		publishedAt: now,
		expiresAt: new Date(now.getTime() + 365 * 86_400_000)
	});
}
