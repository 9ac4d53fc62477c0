import { expect, type APIRequestContext, type APIResponse } from '@playwright/test';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * Every API response in these tests is checked against the OpenAPI document the server itself
 * serves: the status must be documented for the path, the media type must match, and the body
 * must validate (JSON Schema 2020-12, formats included) against the documented schema.
 */

type Json = Record<string, unknown>;
type MediaTypes = Record<string, { schema?: Json }>;
type ResponseObject = { description: string; content?: MediaTypes; headers?: Json; $ref?: string };
type OpenApi = {
	openapi: string;
	paths: Record<string, { get: { operationId: string; parameters?: { name: string }[]; responses: Record<string, ResponseObject> } }>;
	components: { schemas: Record<string, Json>; responses: Record<string, ResponseObject> };
};

const SCHEMAS_ID = 'https://tuvuma.test/openapi/schemas';

export class Contract {
	readonly ajv = new Ajv2020({ allErrors: true, strict: true });
	private readonly validators = new Map<string, ValidateFunction>();

	constructor(readonly doc: OpenApi) {
		addFormats(this.ajv);
		// '#/components/schemas/X' → '<SCHEMAS_ID>#/$defs/X', so the components compile as one 2020-12 schema
		const rewritten = JSON.parse(JSON.stringify(doc.components.schemas).replaceAll('"#/components/schemas/', `"${SCHEMAS_ID}#/$defs/`));
		this.ajv.addSchema({ $id: SCHEMAS_ID, $defs: rewritten });
	}

	/** The documented path template a concrete API path falls under (literal paths win over {slug}). */
	templateOf(pathname: string): string | undefined {
		const path = pathname.replace(/^\/api\/v1/, '');
		const templates = Object.keys(this.doc.paths).sort((a, b) => a.split('{').length - b.split('{').length);
		return templates.find((t) => new RegExp(`^${t.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path));
	}

	responseOf(template: string, status: number): ResponseObject | undefined {
		const responses = this.doc.paths[template]?.get.responses ?? {};
		const found = responses[String(status)] ?? responses[`${String(status)[0]}XX`];
		if (found?.$ref) return this.doc.components.responses[found.$ref.split('/').pop() ?? ''];
		return found;
	}

	validatorFor(schema: Json): ValidateFunction {
		const key = JSON.stringify(schema);
		let v = this.validators.get(key);
		if (!v) {
			const ref = typeof schema.$ref === 'string' ? schema.$ref.replace('#/components/schemas/', `${SCHEMAS_ID}#/$defs/`) : undefined;
			v = ref ? this.ajv.getSchema(ref) : this.ajv.compile(schema);
			if (!v) throw new Error(`cannot compile ${key}`);
			this.validators.set(key, v);
		}
		return v;
	}

	validateAgainst(id: string, body: unknown): string[] {
		const v = this.validatorFor({ $ref: `#/components/schemas/${id}` });
		return v(body) ? [] : (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
	}
}

let contract: Promise<Contract> | undefined;

/** The served document, fetched once per worker. */
export function loadContract(request: APIRequestContext): Promise<Contract> {
	contract ??= (async () => {
		const res = await request.get('/api/v1/openapi.json');
		expect(res.status()).toBe(200);
		return new Contract((await res.json()) as OpenApi);
	})();
	return contract;
}

export type Checked<T = Json> = { res: APIResponse; status: number; body: T };

/**
 * GET an API URL and check the response against the contract. Paths the document does not list
 * (unknown endpoints) must still answer with a valid Problem.
 */
export async function apiGet<T = Json>(
	request: APIRequestContext,
	url: string,
	headers: Record<string, string> = {}
): Promise<Checked<T>> {
	const c = await loadContract(request);
	const res = await request.get(url, { headers });
	const status = res.status();
	const pathname = new URL(url, 'http://x').pathname;
	const template = c.templateOf(pathname);
	const contentType = (res.headers()['content-type'] ?? '').split(';')[0].trim();
	expect(res.headers()['access-control-allow-origin'], `${url}: CORS header`).toBe('*');

	if (status === 304) {
		expect(template, `${url}: 304 on an undocumented path`).toBeDefined();
		expect(c.responseOf(template!, 304), `${url}: 304 not documented`).toBeDefined();
		expect(await res.body()).toHaveLength(0);
		return { res, status, body: undefined as T };
	}

	const body = (await res.json()) as T;
	let schema: Json | undefined;
	if (template) {
		const documented = c.responseOf(template, status);
		expect(documented, `${url}: status ${status} is not documented for ${template}`).toBeDefined();
		const media = documented?.content?.[contentType];
		expect(media, `${url}: ${contentType} is not documented for ${status}`).toBeDefined();
		schema = media?.schema;
	} else {
		expect(status, `${url}: an undocumented path must be a 404`).toBe(404);
		expect(contentType).toBe('application/problem+json');
		schema = { $ref: '#/components/schemas/Problem' };
	}
	const validate = c.validatorFor(schema ?? {});
	const ok = validate(body);
	expect(ok ? [] : validate.errors, `${url}: body does not match the OpenAPI schema`).toEqual([]);
	return { res, status, body };
}

/** A 400 problem naming exactly these parameters. */
export async function expectInvalid(request: APIRequestContext, url: string, params: string[]): Promise<void> {
	const { status, body, res } = await apiGet<{ status: number; errors: { param: string }[]; type: string; instance: string }>(request, url);
	expect(status, url).toBe(400);
	expect(res.headers()['content-type']).toMatch(/^application\/problem\+json/);
	expect(body.status).toBe(400);
	expect(body.type).toMatch(/\/api\/v1\/problems\/invalid-parameters$/);
	expect(body.instance).toBe(new URL(url, 'http://x').pathname + new URL(url, 'http://x').search);
	expect(body.errors.map((e) => e.param).sort(), url).toEqual([...params].sort());
}
