import { defineConfig, devices } from '@playwright/test';

// Browser tests run the built app (node build) on an embedded database in a fresh folder,
// in Debian's Chromium — never a downloaded browser.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DATA_DIR = '.tmp/e2e-data';
// the in-process SMTP server of tests/e2e/support/global-setup.ts (mail arrives in .tmp/e2e-mail-<port>/)
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? PORT + 1000);

export default defineConfig({
	testDir: 'tests/e2e',
	globalSetup: './tests/e2e/support/global-setup.ts',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	// a journey that takes 20 s on an idle machine may take 35 s on a loaded CI runner; a hung test still stops
	timeout: 60_000,
	expect: { timeout: 7_000 },
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		locale: 'lv-LV',
		timezoneId: 'Europe/Riga',
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	projects: [
		{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined }, testIgnore: /performance\/lighthouse\.spec/ },
		// Lighthouse times pages: it runs alone, once every other browser test is done
		{ name: 'lighthouse', testMatch: /performance\/lighthouse\.spec/, dependencies: ['chromium'], fullyParallel: false }
	],
	webServer: {
		command: `rm -rf ${DATA_DIR} && node scripts/server.mjs`,
		url: `http://127.0.0.1:${PORT}/lv`,
		// first start migrates and seeds (events with registrants included); a loaded shared machine needs the margin
		timeout: 240_000,
		reuseExistingServer: false,
		env: {
			PORT: String(PORT),
			HOST: '127.0.0.1',
			DATA_DIR,
			ORIGIN: `http://127.0.0.1:${PORT}`,
			// as `npm start` sets it: photo uploads up to IMAGE_MAX_BYTES (10 MB) + 1 MB of form fields
			BODY_SIZE_LIMIT: String(11 * 1024 * 1024),
			SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
			MAIL_FROM: 'Tuvumā tests <tests@tuvuma.test>',
			// every spec submits from 127.0.0.1: one address standing for many visitors, like a shared NAT
			SUGGESTIONS_PER_IP_HOUR: '1000',
			REPORTS_PER_IP_HOUR: '1000',
			ALERTS_PER_IP_HOUR: '1000',
			SURVEY_RESPONSES_PER_IP_HOUR: '1000',
			// the survey answer spec's own surveys (surveys/answer-test-surveys.ts)
			SEED_TEST_SURVEYS: '1',
			// the matching board spec's cohort with accepted mentees (matching/test-seed.ts)
			SEED_TEST_MATCHING: '1',
			// the mentoring pair-work spec's active pair (mentoring/test-pairs.ts)
			SEED_TEST_PAIRS: '1',
			// the cooperation interest spec's published profile (cooperation-interest/test-seed.ts)
			SEED_TEST_COOPERATION: '1',
			// Nothing listens there: tiles fail to load, as they do on machines without internet.
			MAP_TILE_URL: 'https://127.0.0.1:9/{z}/{x}/{y}.png'
		},
		stdout: 'pipe'
	}
});
