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
	IMAGE_MAX_BYTES: z.coerce.number().int().min(100_000, 'IMAGE_MAX_BYTES must be at least 100000').default(10 * 1024 * 1024),
	NODE_ENV: z.string().optional(),
	/** Signs session cookies and tokens; required in production (at least 32 characters). */
	AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters (e.g. openssl rand -base64 32)').optional(),
	/** smtp://user:pass@host:587 or smtps://…; without it mail stays in the dev outbox (/lv/admin/pasts). */
	SMTP_URL: z
		.string()
		.regex(/^smtps?:\/\//, 'SMTP_URL must start with smtp:// or smtps://')
		.optional(),
	MAIL_FROM: z.string().min(3).default('Tuvumā <noreply@tuvuma.lv>'),
	/**
	 * Reverse proxies in front of the app whose X-Forwarded-For / X-Forwarded-Proto are believed:
	 * `false` (none, the default), `true` (one, e.g. nginx on the same host) or their number.
	 */
	TRUST_PROXY: z
		.string()
		.default('false')
		.transform((v) => (v === 'false' ? 0 : v === 'true' ? 1 : Number(v)))
		.refine((n) => Number.isInteger(n) && n >= 0 && n <= 10, 'TRUST_PROXY must be false, true or the number of trusted proxies (0–10)'),
	/** Fields owners change without review, "entity.field,…" (moderation/field-policy.ts). */
	MODERATION_DIRECT_FIELDS: z.string().optional(),
	/** Anonymous producer suggestions accepted from one IP address per hour (anti-spam). */
	SUGGESTIONS_PER_IP_HOUR: z.coerce.number().int().min(1, 'SUGGESTIONS_PER_IP_HOUR must be at least 1').default(10),
	/** Anonymous problem reports accepted from one IP address per hour (anti-spam). */
	REPORTS_PER_IP_HOUR: z.coerce.number().int().min(1, 'REPORTS_PER_IP_HOUR must be at least 1').default(20),
	/** Survey responses accepted per survey from one IP address per hour on an open link (anti-spam). */
	SURVEY_RESPONSES_PER_IP_HOUR: z.coerce.number().int().min(1, 'SURVEY_RESPONSES_PER_IP_HOUR must be at least 1').default(20),
	/** Alert subscriptions (e-mailed confirmation links) accepted from one IP address per hour (anti-spam). */
	ALERTS_PER_IP_HOUR: z.coerce.number().int().min(1, 'ALERTS_PER_IP_HOUR must be at least 1').default(10),
	/** Recent search answers each app process keeps (search/generation-lru.ts); 0 turns the cache off. */
	SEARCH_CACHE_ENTRIES: z.coerce.number().int().min(0, 'SEARCH_CACHE_ENTRIES must be 0 (off) or more').max(100_000, 'SEARCH_CACHE_ENTRIES must be at most 100000').default(200),
	/** Megabytes of finished public responses each app process keeps for anonymous visitors (hooks/response-cache.ts); 0 turns it off. */
	RESPONSE_CACHE_MB: z.coerce.number().int().min(0, 'RESPONSE_CACHE_MB must be 0 (off) or more').max(4096, 'RESPONSE_CACHE_MB must be at most 4096').default(8),
	/** Seconds without requests after which the process collects its garbage (runtime/idle-collection.ts); 0 never. */
	IDLE_COLLECT_SECONDS: z.coerce.number().int().min(0, 'IDLE_COLLECT_SECONDS must be 0 (off) or more').max(86_400, 'IDLE_COLLECT_SECONDS must be at most 86400').default(10),
	/** Brotli/gzip for pages and JSON (hooks/compression.ts); "off" behind a proxy that compresses. */
	HTTP_COMPRESSION: z.enum(['on', 'off']).default('on'),
	/** Planned rows per committed batch of an admin import (docs/decisions/009); bench/import-latency.ts compares with one huge batch. */
	IMPORT_BATCH_ROWS: z.coerce.number().int().min(1, 'IMPORT_BATCH_ROWS must be at least 1').default(250)
});

export type AppConfig = Omit<z.infer<typeof schema>, 'TRUST_PROXY'> & {
	dataDir: string;
	/** Trusted reverse-proxy hops in front of the app (0: none); see http/client-address.ts. */
	trustProxy: number;
};

export class ConfigError extends Error {}

const invalid = (line: string) => new ConfigError(`Invalid configuration, fix these environment variables:\n  - ${line}`);

export function parseConfig(env: Record<string, string | undefined>): AppConfig {
	const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
	const result = schema.safeParse(cleaned);
	if (!result.success) {
		const lines = result.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
		throw new ConfigError(`Invalid configuration, fix these environment variables:\n${lines.join('\n')}`);
	}
	const { TRUST_PROXY, ...rest } = result.data;
	// without AUTH_SECRET a random one is generated and kept with the data (auth/secret.ts); production
	// on PostgreSQL must name its own, so every app process and every redeploy signs with the same one
	if (!rest.AUTH_SECRET && rest.NODE_ENV === 'production' && rest.DATABASE_URL) {
		throw invalid('AUTH_SECRET: required in production with DATABASE_URL (at least 32 characters, e.g. openssl rand -base64 32)');
	}
	return { ...rest, trustProxy: TRUST_PROXY, dataDir: resolve(rest.DATA_DIR) };
}

let current: AppConfig | undefined;

export function config(): AppConfig {
	current ??= parseConfig(process.env);
	return current;
}
