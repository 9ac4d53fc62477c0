import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every mutation — a form action in +page.server.ts or a POST/PUT/PATCH/DELETE handler in
 * +server.ts — must begin with a permission check (`await authorize(event, 'action:entity:own|any')`),
 * so a new mutation without one fails this test rather than reaching production.
 */
const GUARD = /^(const\s+\w+\s*=\s*)?(await\s+)?(authorize|requirePermission)\(/;
const MUTATING_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function routeFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return routeFiles(path);
		return /^\+(page\.server|server)\.ts$/.test(name) ? [path] : [];
	});
}

type Mutation = { file: string; name: string; firstStatement: string };

function bodyOf(node: ts.Node): ts.Block | undefined {
	if (ts.isFunctionDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isMethodDeclaration(node)) {
		return node.body && ts.isBlock(node.body) ? node.body : undefined;
	}
	return undefined;
}

function firstStatement(node: ts.Node, source: ts.SourceFile): string {
	const body = bodyOf(node);
	if (!body) return node.getText(source).slice(0, 80); // expression-bodied: must call the guard itself
	return body.statements[0]?.getText(source) ?? '';
}

function findMutations(root: string): Mutation[] {
	const out: Mutation[] = [];
	for (const file of routeFiles(root)) {
		const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
		source.forEachChild((stmt) => {
			// export const POST = ... / export async function POST(...)
			if (ts.isFunctionDeclaration(stmt) && stmt.name && MUTATING_METHODS.has(stmt.name.text)) {
				out.push({ file, name: stmt.name.text, firstStatement: firstStatement(stmt, source) });
			}
			if (!ts.isVariableStatement(stmt)) return;
			for (const decl of stmt.declarationList.declarations) {
				const name = decl.name.getText(source);
				let init = decl.initializer;
				while (init && (ts.isSatisfiesExpression(init) || ts.isAsExpression(init))) init = init.expression;
				if (!init) continue;
				if (MUTATING_METHODS.has(name)) out.push({ file, name, firstStatement: firstStatement(init, source) });
				if (name === 'actions' && ts.isObjectLiteralExpression(init)) {
					for (const prop of init.properties) {
						const target = ts.isPropertyAssignment(prop) ? prop.initializer : prop;
						out.push({ file, name: `actions.${prop.name?.getText(source)}`, firstStatement: firstStatement(target, source) });
					}
				}
			}
		});
	}
	return out;
}

describe('every mutation starts with a permission check', () => {
	const mutations = findMutations('src/routes');

	it('the scanner finds form actions and mutating handlers and tells guarded from unguarded', () => {
		const dir = mkdtempSync(join(tmpdir(), 'guard-'));
		mkdirSync(join(dir, 'a'));
		writeFileSync(
			join(dir, 'a', '+page.server.ts'),
			`export const actions = {
				save: async (event) => { await authorize(event, 'update:producer:own'); return {}; },
				remove: async ({ request }) => { const f = await request.formData(); return {}; }
			};`
		);
		writeFileSync(join(dir, '+server.ts'), `export async function POST(event) { return new Response(); }\nexport const GET = () => new Response();`);
		const found = findMutations(dir).map((mu) => [mu.name, GUARD.test(mu.firstStatement)]);
		expect(found).toEqual([
			['POST', false],
			['actions.save', true],
			['actions.remove', false]
		]);
	});

	it.each(mutations.map((mu) => [`${mu.file} ${mu.name}`, mu] as const))('%s', (_, mu) => {
		expect(mu.firstStatement, `${mu.file} ${mu.name} must begin with authorize(...)`).toMatch(GUARD);
	});
});
