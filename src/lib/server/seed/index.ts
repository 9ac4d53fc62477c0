import { eq, inArray, or } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import {
	categories,
	labels,
	organisationProducers,
	organisationTerritories,
	organisations,
	places,
	producerCategories,
	producerLabels,
	producerSalesPoints,
	producers,
	products,
	salesPoints
} from '../db/schema';
import type { Db } from '../db/types';
import { buildRows, type SeedInput, type SeedRows } from './build';
import { producersKurzeme } from './producers-kurzeme';
import { producersLatgale } from './producers-latgale';
import { producersRiga } from './producers-riga';
import { producersVidzeme } from './producers-vidzeme';
import { producersZemgale } from './producers-zemgale';
import { realOrganisations, realPlaces, realSalesPoints } from './real';
import { demoSalesPoints } from './sales-points';
import { loadTerritories, missingNames } from './territories';
import { searchPort } from '../search';
import { seedDemoUsers } from './users';
import { seedModerationDemo } from '../moderation/demo';
import { seedEventsDemo } from '../events/demo';
import { seedInsightDemo } from '../insight/demo';
import { seedLibraryDemo } from '../library/demo';
import { seedSurveyDemo } from '../surveys/demo';
import { seedCommunitiesDemo } from '../communities/demo';
import { seedProgrammeDemo } from './programme';
import { seedMoldovaDemo } from './moldova';
import { seedAnswerTestSurveys } from '../surveys/answer-test-surveys';
import { seedSurveyResultsFixture } from '../surveys/results-fixture';
import { seedTestMatching } from '../matching/test-seed';
import { seedProgrammeMentoringDemo } from '../programme-demo/demo';
import { seedContestsDemo } from '../contests/demo';
import { seedCooperationInterestDemo } from '../cooperation-interest/demo';
import { seedBrokerageDemo } from '../brokerage/demo';
import { seedCooperationDemo } from '../cooperation/demo';

export { BASE_DATE, END_DATE, producerSlug } from './build';

/** Rows inserted per table by one run of seedDemo. */
export type SeedSummary = { [K in keyof SeedRows]: number };

/** Everything seedDemo inserts: fictional demo data plus the real organisations and places. */
export const SEED_INPUT: SeedInput = {
	producers: [...producersRiga, ...producersVidzeme, ...producersKurzeme, ...producersZemgale, ...producersLatgale],
	salesPoints: [...demoSalesPoints, ...realSalesPoints],
	organisations: realOrganisations,
	places: realPlaces
};

const REAL_ORGANISATION_SLUGS = realOrganisations.map((o) => o.slug);
const REAL_PLACE_SLUGS = realPlaces.map((p) => p.slug);
const REAL_SALES_POINT_SLUGS = realSalesPoints.map((s) => s.slug);
const BATCH = 500;

/**
 * (Re)loads the demo data: deletes what an earlier run inserted (every is_demo row, and the real
 * organisations, places and sales points by slug – with any links other rows had to them), then
 * inserts everything in one transaction. Deterministic: fixed ids, dates and variations, so two
 * runs give identical rows. Needs the reference migrations (territories, categories, labels);
 * a territory, category or label name the data uses but the database lacks throws, naming it.
 */
export async function seedDemo(db: Db, input: SeedInput = SEED_INPUT): Promise<SeedSummary> {
	const index = await loadTerritories(db);
	const missing = missingNames(index, [...input.producers, ...input.salesPoints, ...input.organisations, ...input.places]);
	for (const o of input.organisations) if (Array.isArray(o.territories)) missing.push(...missingNames(index, o.territories.map((mun) => ({ mun }))));
	if (missing.length) throw new Error(`Seed data names territories that migration 0001 does not have: ${[...new Set(missing)].join('; ')}`);
	const taxonomy = {
		categories: await db.select({ id: categories.id, slug: categories.slug, parentId: categories.parentId }).from(categories),
		labels: await db.select({ id: labels.id, slug: labels.slug, hasValue: labels.hasValue }).from(labels)
	};
	const rows = buildRows(input, index, taxonomy);

	await db.transaction(async (tx) => {
		// producers cascade to products, categories, labels and links; places go before their operators
		await tx.delete(producers).where(eq(producers.isDemo, true));
		await tx.delete(places).where(or(eq(places.isDemo, true), inArray(places.slug, REAL_PLACE_SLUGS)));
		await tx.delete(salesPoints).where(or(eq(salesPoints.isDemo, true), inArray(salesPoints.slug, REAL_SALES_POINT_SLUGS)));
		await tx.delete(organisations).where(or(eq(organisations.isDemo, true), inArray(organisations.slug, REAL_ORGANISATION_SLUGS)));

		const insert = async (table: PgTable, values: Record<string, unknown>[]) => {
			for (let i = 0; i < values.length; i += BATCH) await tx.insert(table).values(values.slice(i, i + BATCH));
		};
		await insert(producers, rows.producers);
		await insert(products, rows.products);
		await insert(producerCategories, rows.producerCategories);
		await insert(producerLabels, rows.producerLabels);
		await insert(salesPoints, rows.salesPoints);
		await insert(producerSalesPoints, rows.producerSalesPoints);
		await insert(organisations, rows.organisations);
		await insert(organisationTerritories, rows.organisationTerritories);
		await insert(organisationProducers, rows.organisationProducers);
		await insert(places, rows.places);
		if (input === SEED_INPUT) await seedModerationDemo(tx);
		// the seed documents' projects and news (programme side, decision 006)
		if (input === SEED_INPUT) await seedProgrammeDemo(tx);
	});
	// one account per role (README: demo accounts), only ever together with the demo data
	await seedDemoUsers(db);
	// the seed documents' events and fictional upcoming ones, with registrants and attendance
	if (input === SEED_INPUT) await seedEventsDemo(db);
	// the learning library: the seed documents' lectures, handbook, tours and masterclasses
	if (input === SEED_INPUT) await seedLibraryDemo(db);
	// surveys: the social-entrepreneurship project's closing survey of 169 participants, results published
	if (input === SEED_INPUT) await seedSurveyDemo(db);
	// programmes (issue 17): the social-entrepreneurship mentoring cohort with its outcomes, an open cohort, the HERE incubator
	if (input === SEED_INPUT) await seedProgrammeMentoringDemo(db);
	// coworking spaces' residents and plans, the HERE consultation lines (issue 17)
	if (input === SEED_INPUT) await seedCommunitiesDemo(db);
	// contests (issue 18): the home producers' association's finished demo giveaway, drawn with a real drand round
	if (input === SEED_INPUT) await seedContestsDemo(db);
	// Moldovan LAGs, primării and producers of the Northern region (issue 19)
	const moldova = input === SEED_INPUT ? await seedMoldovaDemo(db) : null;
	// a brokerage day on the Latvia–Moldova visit in Bălți: listed registrants, booked tables (issue 19)
	if (input === SEED_INPUT) await seedBrokerageDemo(db);
	// their offers and requests, with suggested counterparts (issue 19)
	if (input === SEED_INPUT) await seedCooperationDemo(db);
	// the survey answer form's and results pages' browser test surveys (playwright.config.ts sets the flag; never in a real installation)
	if (input === SEED_INPUT && process.env.SEED_TEST_SURVEYS === '1') await seedAnswerTestSurveys(db);
	if (input === SEED_INPUT && process.env.SEED_TEST_SURVEYS === '1') await seedSurveyResultsFixture(db);
	// the matching board's browser test cohort (playwright.config.ts sets the flag; never in a real installation)
	if (input === SEED_INPUT && process.env.SEED_TEST_MATCHING === '1') await seedTestMatching(db);
	// the mentoring pair-work browser test's pair (playwright.config.ts sets the flag; never in a real installation)
	if (input === SEED_INPUT && process.env.SEED_TEST_PAIRS === '1') await (await import('../mentoring/test-pairs')).seedTestPairs(db);
	// cooperation interests on the demo profiles (issue 19): pending, accepted with a thread, declined, one signed agreement
	if (input === SEED_INPUT) await seedCooperationInterestDemo(db);
	// the cooperation interest browser test's published profile (playwright.config.ts sets the flag; never in a real installation)
	if (input === SEED_INPUT && process.env.SEED_TEST_COOPERATION === '1') await (await import('../cooperation-interest/test-seed')).seedTestCooperation(db);
	// regional insight (issue 20): generated unmet searches and HERE interviews with codes
	await seedInsightDemo(db);
	// the search index is derived data: rebuild it from what is now in the tables
	await searchPort().reindexAll(db);

	const summary = Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, v.length])) as SeedSummary;
	for (const [k, v] of Object.entries(moldova ?? {})) summary[k as keyof SeedSummary] += v;
	return summary;
}
