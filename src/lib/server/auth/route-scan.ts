import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ts from 'typescript';

/**
 * Finds every mutation in the route files — form actions in +page.server.ts and POST/PUT/PATCH/DELETE
 * handlers in +server.ts — with its first statement and the capability that statement checks.
 * Used by mutation-guard.test.ts and authorization-matrix.test.ts (tests only).
 */
export const GUARD = /^(const\s+\w+\s*=\s*)?(await\s+)?(authorize|requirePermission)\(/;
const CAPABILITY = /^(?:const\s+\w+\s*=\s*)?(?:await\s+)?(?:authorize|requirePermission)\(\s*\w+\s*,\s*['"`]([^'"`]+)['"`]/;

const MUTATING_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function routeFiles(dir: string, pattern = /^\+(page\.server|server)\.ts$/): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return routeFiles(path, pattern);
		return pattern.test(name) ? [path] : [];
	});
}

export type Route = { file: string; /** `/[lang=lang]/razotaji/[slug]` (groups left out) */ pattern: string; kind: 'page' | 'endpoint' };

/** Every page and endpoint under `root` (src/routes), by its URL pattern; used by the fuzz test. */
export function listRoutes(root: string): Route[] {
	const seen = new Map<string, Route>();
	for (const file of routeFiles(root, /^\+(page(@\w*)?\.svelte|page\.server\.ts|server\.ts)$/)) {
		const dir = relative(root, dirname(file));
		const pattern = `/${dir.split(sep).filter((seg) => seg && !/^\(.*\)$/.test(seg)).join('/')}`;
		const kind = file.endsWith('+server.ts') ? 'endpoint' : 'page';
		if (!seen.has(`${kind} ${pattern}`)) seen.set(`${kind} ${pattern}`, { file, pattern, kind });
	}
	return [...seen.values()];
}

export type Mutation = { file: string; name: string; firstStatement: string };

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

export function findMutations(root: string): Mutation[] {
	const out: Mutation[] = [];
	for (const file of routeFiles(root)) {
		const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
		source.forEachChild((stmt) => {
			// export const POST = ... / export async function POST(...)
			if (ts.isFunctionDeclaration(stmt) && stmt.name && (MUTATING_METHODS.has(stmt.name.text) || stmt.name.text === 'fallback')) {
				out.push({ file, name: stmt.name.text, firstStatement: firstStatement(stmt, source) });
			}
			if (!ts.isVariableStatement(stmt)) return;
			for (const decl of stmt.declarationList.declarations) {
				const name = decl.name.getText(source);
				let init = decl.initializer;
				while (init && (ts.isSatisfiesExpression(init) || ts.isAsExpression(init))) init = init.expression;
				if (!init) continue;
				if (MUTATING_METHODS.has(name)) out.push({ file, name, firstStatement: firstStatement(init, source) });
				// `fallback` answers every method without its own handler, POST included
				if (name === 'fallback') out.push({ file, name, firstStatement: firstStatement(init, source) });
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


/** How many arguments the guard call of the first statement has (the third is the resource), or null. */
export function guardArgumentCount(mutation: Mutation): number | null {
	const source = ts.createSourceFile('guard.ts', mutation.firstStatement, ts.ScriptTarget.Latest, true);
	let count: number | null = null;
	const visit = (node: ts.Node): void => {
		if (count !== null) return;
		if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && /^(authorize|requirePermission)$/.test(node.expression.text)) {
			count = node.arguments.length;
			return;
		}
		node.forEachChild(visit);
	};
	visit(source);
	return count;
}

/** The `action:entity` the mutation's first statement asks for, or null when it has no literal one. */
export function capabilityOf(mutation: Mutation): string | null {
	return CAPABILITY.exec(mutation.firstStatement)?.[1] ?? null;
}

/**
 * Mutations whose capability depends on the row (one review action for several entity types) name a
 * function instead of a literal. Each such function is listed here with every capability it can return,
 * so the guard and the matrix still check them all.
 */
export const DYNAMIC_CAPABILITIES: Record<string, string[]> = {
	// src/lib/server/moderation/access.ts: review:<entity type>, products reviewed as their producer
	reviewCapabilityOf: ['review:producer', 'review:sales_point', 'review:place']
};
const DYNAMIC = /^(?:const\s+\w+\s*=\s*)?(?:await\s+)?(?:authorize|requirePermission)\(\s*\w+\s*,\s*(?:await\s+)?(\w+)\(/;

/** Every capability the mutation may ask for: its literal, or the list of its capability function. */
export function capabilitiesOf(mutation: Mutation): string[] {
	const literal = capabilityOf(mutation);
	if (literal) return [literal];
	const fn = DYNAMIC.exec(mutation.firstStatement)?.[1];
	return fn ? (DYNAMIC_CAPABILITIES[fn] ?? []) : [];
}
