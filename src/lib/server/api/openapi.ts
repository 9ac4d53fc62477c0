import { z } from 'zod';
import { PROBLEM_TYPES } from './http';
import { apiSchemas } from './schemas';
import { OPERATIONS, type Operation } from './operations';
import { exportParams } from '$lib/server/export/flow';

export { OPERATIONS, type Operation };

/**
 * The OpenAPI 3.1 document of /api/v1, built from the same zod schemas that validate the
 * parameters (params.ts) and type the responses (schemas.ts). Linted in openapi.test.ts.
 */

type JsonSchema = Record<string, unknown>;

/** Downloads of the whole filtered directory (src/lib/server/export): no paging, not JSON. */
export const EXPORT_OPERATIONS = [
	{
		path: '/exports/producers.csv',
		operationId: 'exportProducersCsv',
		summary: 'Download producers as CSV',
		media: 'text/csv',
		schema: { type: 'string', description: 'UTF-8 with a byte-order mark, `;`-separated, CRLF line ends, a header row.' }
	},
	{
		path: '/exports/producers.xlsx',
		operationId: 'exportProducersXlsx',
		summary: 'Download producers as an Excel workbook',
		media: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		schema: { type: 'string', contentEncoding: 'binary', description: 'One worksheet, a header row, one row per producer.' }
	},
	{
		path: '/exports/producers.geojson',
		operationId: 'exportProducersGeoJson',
		summary: 'Download producers as GeoJSON',
		media: 'application/geo+json',
		schema: {
			type: 'object',
			description: 'An RFC 7946 FeatureCollection; each geometry is the public point (or null), the properties are the export columns.',
			properties: { type: { type: 'string', const: 'FeatureCollection' }, features: { type: 'array', items: { type: 'object' } } },
			required: ['type', 'features']
		}
	}
] as const;

const EXPORT_DESCRIPTION =
	'Every published producer matching the filters (the same as /producers, without paging), in the directory order. Columns: external_id, name, kind, municipality, locality, address, lat, lng, location_precision, phone, email, website, facebook, instagram, categories, products, description_lv, description_en, description_ro, description_ru, labels, pvd_number, slug, url; lists inside a cell are separated by " | ". Locations are never more precise than the producer chose: below `exact` the address and lat/lng are empty (GeoJSON geometry is then the locality or municipality centre). Territory names are Latvian; each description column holds its language; `lang` sets the language of `url`. Sent as an attachment with a filename; the weak `ETag` changes when the data does.';

function exportOperation(op: (typeof EXPORT_OPERATIONS)[number]): JsonSchema {
	return {
		operationId: op.operationId,
		summary: op.summary,
		description: EXPORT_DESCRIPTION,
		tags: ['Producers'],
		parameters: queryParameters(exportParams),
		responses: {
			'200': {
				description: 'OK',
				headers: {
					ETag: ref('headers', 'ETag'),
					'Cache-Control': { description: 'public, max-age=300', schema: { type: 'string' } },
					'Content-Disposition': { description: 'attachment; filename="tuvuma-razotaji-….ext"', schema: { type: 'string' } },
					'Access-Control-Allow-Origin': ref('headers', 'AllowOrigin')
				},
				content: { [op.media]: { schema: op.schema } }
			},
			'304': ref('responses', 'NotModified'),
			'400': ref('responses', 'InvalidParameters'),
			'500': ref('responses', 'InternalError')
		}
	};
}

const TAGS = [
	{ name: 'Search', description: 'Full-text search over all listings.' },
	{ name: 'Producers', description: 'Home producers, small producers, farms, craftspeople and social enterprises.' },
	{ name: 'Sales points', description: 'Where producers sell.' },
	{ name: 'Organisations', description: 'Organisations that support producers.' },
	{ name: 'Places', description: 'Places where producers can work or meet.' },
	{ name: 'Events', description: 'Events people register for: webinars, seminars, workshops, study visits, fairs.' },
	{ name: 'Reference', description: 'Categories, municipalities and problem types.' },
	{ name: 'Projects', description: 'Projects of associations and local action groups (programme side).' },
	{ name: 'News', description: 'News posts of organisations and their projects.' },
	{ name: 'Library', description: 'The learning library: video lectures, handbooks, recordings, virtual tours and links.' },
	{ name: 'Surveys', description: 'Published results of surveys by associations and local action groups.' },
	{ name: 'Programmes', description: 'Mentoring programmes, incubators, idea labs and accelerators with their cohorts (public parts only).' },
	{ name: 'Cooperation', description: 'Cooperation offers and requests (Latvia–Moldova), published and unexpired, without contacts.' }
];

const DESCRIPTION = `Read-only JSON API of the Tuvumā directory of Latvian home producers.

- **Languages**: \`lang\` = lv (default), en, ro or ru. Names of categories and territories are translated; a description without a translation is sent in Latvian, and \`description_lang\` says so. Every \`url\` leads to the HTML page in the requested language.
- **Locations** are never more precise than the owner chose: with precision \`locality\` there is no address and the point is the locality centre; with \`municipality\` only the municipality and its centre.
- **Lists** are paginated: \`{ data, meta: { page, per_page, total, pages }, links: { self, next, prev } }\`. One item is \`{ data }\`.
- **Caching**: responses carry \`ETag\` and \`Cache-Control: public, max-age=60\`; send \`If-None-Match\` to get \`304 Not Modified\`.
- **CORS**: any origin may read (\`Access-Control-Allow-Origin: *\`); preflight requests are answered for GET.
- **Errors** are \`application/problem+json\` (RFC 9457) with an \`errors\` list naming each rejected parameter. Unknown query parameters are ignored; an empty value counts as not given.`;

/** JSON Schema of one zod schema, ready to embed (no $schema / $id of its own). */
function embed(schema: JsonSchema): JsonSchema {
	const copy: JsonSchema = { ...schema };
	delete copy.$schema;
	delete copy.$id;
	return copy;
}

function queryParameters(query: z.ZodObject): JsonSchema[] {
	return Object.entries(query.shape).map(([name, field]) => {
		const schema = embed(z.toJSONSchema(field as z.ZodType, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' }) as JsonSchema);
		const description = typeof schema.description === 'string' ? schema.description : undefined;
		delete schema.description;
		return { name, in: 'query', required: false, ...(description ? { description } : {}), schema };
	});
}

const ref = (kind: string, id: string) => ({ $ref: `#/components/${kind}/${id}` });

function operation(op: Operation): JsonSchema {
	const parameters = [
		...(op.slugOf
			? [{ name: 'slug', in: 'path', required: true, description: `Slug of the ${op.slugOf} (the last segment of its page URL).`, schema: { type: 'string', minLength: 1 } }]
			: []),
		...queryParameters(op.query)
	];
	return {
		operationId: op.operationId,
		summary: op.summary,
		description: op.description,
		tags: [op.tag],
		parameters,
		responses: {
			'200': {
				description: 'OK',
				headers: { ETag: ref('headers', 'ETag'), 'Cache-Control': ref('headers', 'CacheControl'), 'Access-Control-Allow-Origin': ref('headers', 'AllowOrigin') },
				content: { 'application/json': { schema: ref('schemas', op.response) } }
			},
			'304': ref('responses', 'NotModified'),
			'400': ref('responses', 'InvalidParameters'),
			...(op.slugOf ? { '404': ref('responses', 'NotFound') } : {}),
			'500': ref('responses', 'InternalError')
		}
	};
}

function problemResponse(description: string): JsonSchema {
	return {
		description,
		headers: { 'Access-Control-Allow-Origin': ref('headers', 'AllowOrigin') },
		content: { 'application/problem+json': { schema: ref('schemas', 'Problem') } }
	};
}

function componentSchemas(): Record<string, JsonSchema> {
	const { schemas } = z.toJSONSchema(apiSchemas, {
		target: 'draft-2020-12',
		io: 'output',
		uri: (id) => `#/components/schemas/${id}`
	}) as { schemas: Record<string, JsonSchema> };
	return Object.fromEntries(Object.entries(schemas).map(([id, s]) => [id, embed(s)]));
}

/** The document for a server at `origin` (the API lives under `${origin}/api/v1`). */
export function buildOpenApiDocument(origin: string): JsonSchema {
	const paths: Record<string, JsonSchema> = {};
	for (const op of OPERATIONS) paths[op.path] = { get: operation(op) };
	for (const op of EXPORT_OPERATIONS) paths[op.path] = { get: exportOperation(op) };
	paths['/problems/{type}'] = {
		get: {
			operationId: 'getProblemType',
			summary: 'Describe a problem type',
			description: 'What the `type` URI of a problem response means.',
			tags: ['Reference'],
			parameters: [{ name: 'type', in: 'path', required: true, description: 'The last segment of a problem `type` URI.', schema: { type: 'string', enum: Object.keys(PROBLEM_TYPES) } }],
			responses: {
				'200': {
					description: 'OK',
					headers: { ETag: ref('headers', 'ETag'), 'Cache-Control': ref('headers', 'CacheControl'), 'Access-Control-Allow-Origin': ref('headers', 'AllowOrigin') },
					content: { 'application/json': { schema: ref('schemas', 'ProblemType') } }
				},
				'304': ref('responses', 'NotModified'),
				'404': ref('responses', 'NotFound')
			}
		}
	};
	paths['/openapi.json'] = {
		get: {
			operationId: 'getOpenApiDocument',
			summary: 'This OpenAPI document',
			description: 'The OpenAPI 3.1 description of the API.',
			tags: ['Reference'],
			responses: {
				'200': {
					description: 'OK',
					headers: { ETag: ref('headers', 'ETag'), 'Cache-Control': ref('headers', 'CacheControl'), 'Access-Control-Allow-Origin': ref('headers', 'AllowOrigin') },
					content: {
						'application/json': {
							schema: {
								type: 'object',
								properties: { openapi: { type: 'string' }, info: { type: 'object' }, paths: { type: 'object' } },
								required: ['openapi', 'info', 'paths']
							}
						}
					}
				},
				'304': ref('responses', 'NotModified'),
				'4XX': problemResponse('A problem with the request.')
			}
		}
	};

	return {
		openapi: '3.1.1',
		info: { title: 'Tuvumā public API', version: '1.0.0', summary: 'Latvian home producers, sales points, organisations and places.', description: DESCRIPTION },
		servers: [{ url: `${origin}/api/v1`, description: 'This server' }],
		// public and read-only: no authentication
		security: [],
		tags: TAGS,
		paths,
		components: {
			schemas: componentSchemas(),
			headers: {
				ETag: { description: 'Hash of the body; send it back in If-None-Match.', schema: { type: 'string' } },
				CacheControl: { description: 'public, max-age=60', schema: { type: 'string' } },
				AllowOrigin: { description: 'Always `*`: the API is public and read-only.', schema: { type: 'string', const: '*' } }
			},
			responses: {
				NotModified: {
					description: 'Not modified: the ETag in If-None-Match still matches. No body.',
					headers: { ETag: ref('headers', 'ETag'), 'Cache-Control': ref('headers', 'CacheControl'), 'Access-Control-Allow-Origin': ref('headers', 'AllowOrigin') }
				},
				InvalidParameters: problemResponse('A query parameter is malformed, out of range or names nothing that exists.'),
				NotFound: problemResponse('No published listing has this slug.'),
				InternalError: problemResponse('Something failed on the server; the response says nothing about the cause.')
			}
		}
	};
}

const built = new Map<string, JsonSchema>();

/** The document is the same for every request to one origin: built once per origin. */
export function openApiDocument(origin: string): JsonSchema {
	let doc = built.get(origin);
	if (!doc) {
		doc = buildOpenApiDocument(origin);
		if (built.size < 8) built.set(origin, doc);
	}
	return doc;
}
