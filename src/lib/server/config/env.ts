import { resolve } from 'node:path';
import { z } from 'zod';

/** Every environment variable the app reads, validated once at start-up. README lists them. */
const schema = z.object({
	PORT: z.coerce.number().int().min(1).max(65535).default(3000),
	HOST: z.string().default('0.0.0.0'),
	ORIGIN: z.url({ message: 'ORIGIN must be a full URL such as https://tuvuma.lv' }).optional(),
	DATA_DIR: z.string().min(1).default('./data'),
	DATABASE_URL: z
		.string()
		.regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
		.optional(),
	/** Seed demo data into an empty database at start-up: "auto" (default) seeds only when empty. */
	SEED_DEMO: z.enum(['auto', 'never']).default('auto'),
	MAP_TILE_URL: z.string().min(1).default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
	MAP_TILE_ATTRIBUTION: z
		.string()
		.min(1)
		.default('&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'),
	PUBLIC_BASE_URL: z.url({ message: 'PUBLIC_BASE_URL must be a full URL' }).optional(),
	/** Largest photo upload in bytes (images/README.md); BODY_SIZE_LIMIT must be larger. */
	IMAGE_MAX_BYTES: z.coerce.number().int().min(100_000, 'IMAGE_MAX_BYTES must be at least 100000').default(10 * 1024 * 1024)
});

export type AppConfig = z.infer<typeof schema> & { dataDir: string };

export class ConfigError extends Error {}

export function parseConfig(env: Record<string, string | undefined>): AppConfig {
	const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
	const result = schema.safeParse(cleaned);
	if (!result.success) {
		const lines = result.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
		throw new ConfigError(`Invalid configuration, fix these environment variables:\n${lines.join('\n')}`);
	}
	return { ...result.data, dataDir: resolve(result.data.DATA_DIR) };
}

let current: AppConfig | undefined;

export function config(): AppConfig {
	current ??= parseConfig(process.env);
	return current;
}
