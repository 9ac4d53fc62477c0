import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';

const run = promisify(execFile);

test('npm run import refuses the data folder the running server holds, naming the server', async () => {
	// the browser-test server runs on .tmp/e2e-data (playwright.config.ts) and holds its lock
	const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: '.tmp/e2e-data' };
	delete env.DATABASE_URL;
	const result = await run(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/import.ts', 'tests/fixtures/import/utf8-bom.csv', '--dry-run'], { env }).then(
		() => ({ code: 0, stderr: '' }),
		(e: { code: number; stderr: string }) => e
	);
	expect(result.code).toBe(1);
	expect(result.stderr).toMatch(/is in use by process \d+ \(server/);
	expect(result.stderr).toContain('/lv/admin/imports');
});
