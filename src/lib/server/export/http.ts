import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { RequestHandler } from '@sveltejs/kit';
import { config } from '$lib/server/config/env';
import { db } from '$lib/server/db/bootstrap';
import { matchesIfNoneMatch, problemResponse } from '$lib/server/api/http';
import { parseQuery } from '$lib/server/api/params';
import { publicOrigin } from '$lib/server/api/urls';
import { exportParams, exportRows, fingerprintOf, resolveExport, type ExportParams } from './flow';
import { CONTENT_TYPES, csvStream, geojsonStream, xlsxStream, type ExportFormat } from './writers';

/** Bump when the columns or their formatting change, so cached exports are not reused. */
const EXPORT_VERSION = '1';
export const EXPORT_CACHE_CONTROL = 'public, max-age=300';

/** `tuvuma-razotaji-kurzeme-medus.csv`: the filters in the name, so several downloads do not collide. */
export function exportFilename(p: ExportParams, format: ExportFormat): string {
	const parts = [p.region, p.municipality, p.category, p.kind, p.label].filter(Boolean).map((s) => String(s).replace(/[^a-z0-9-]/gi, ''));
	return `${['tuvuma-razotaji', ...parts].join('-')}.${format}`;
}

/** GET /api/v1/exports/producers.{csv,xlsx,geojson}: the same filters as /api/v1/producers, no paging. */
export function exportHandler(format: ExportFormat): RequestHandler {
	return async (event) => {
		const origin = publicOrigin(config().PUBLIC_BASE_URL, event.url.origin);
		const ctx = { origin, url: new URL(event.url.pathname + event.url.search, origin) };
		try {
			const parsed = parseQuery(exportParams, event.url.searchParams);
			if (!parsed.ok) return problemResponse(ctx, 'invalid-parameters', describe(parsed.errors), parsed.errors);
			const resolved = await resolveExport(db(), parsed.params);
			if (!resolved.ok) return problemResponse(ctx, 'invalid-parameters', describe(resolved.errors), resolved.errors);

			const fingerprint = await fingerprintOf(db(), resolved.value);
			const key = [EXPORT_VERSION, format, origin, JSON.stringify(parsed.params), fingerprint].join('\n');
			// weak: the tag comes from what the body depends on, not from the bytes (which are streamed)
			const etag = `W/"${createHash('sha256').update(key).digest('base64url')}"`;
			const headers: Record<string, string> = {
				'Access-Control-Allow-Origin': '*',
				'Access-Control-Expose-Headers': 'ETag, Cache-Control, Content-Disposition',
				'Cache-Control': EXPORT_CACHE_CONTROL,
				ETag: etag
			};
			if (matchesIfNoneMatch(event.request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });

			const rows = exportRows(db(), resolved.value, origin);
			const body =
				format === 'csv' ? csvStream(rows) : format === 'xlsx' ? xlsxStream(rows, 'Tuvumā') : geojsonStream(rows);
			body.on('error', (e) => console.error(`Export ${event.url.pathname}${event.url.search} failed while streaming`, e));
			return new Response(Readable.toWeb(asBytes(body)) as unknown as ReadableStream<Uint8Array>, {
				status: 200,
				headers: {
					...headers,
					'Content-Type': CONTENT_TYPES[format],
					'Content-Disposition': `attachment; filename="${exportFilename(parsed.params, format)}"`
				}
			});
		} catch (e) {
			console.error(`Export ${event.url.pathname}${event.url.search} failed`, e);
			return problemResponse(ctx, 'internal-error', 'The export could not be produced.');
		}
	};
}

const describe = (errors: { param: string; message: string }[]) => errors.map((e) => `${e.param}: ${e.message}`).join('; ');

/**
 * The writers yield text; a web stream of a response must carry bytes (the compression hook reads
 * the body as bytes and refuses string chunks with "Received non-Uint8Array chunk").
 */
function asBytes(source: Readable): Readable {
	const bytes = Readable.from(
		(async function* () {
			for await (const chunk of source) yield typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Uint8Array);
		})()
	);
	source.on('error', (e) => bytes.destroy(e));
	return bytes;
}

