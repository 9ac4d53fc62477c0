import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/**
 * Finds every mutation in the route files — form actions in +page.server.ts and POST/PUT/PATCH/DELETE
 * handlers in +server.ts — with its first statement and the capability that statement checks.
 * Used by mutation-guard.test.ts and authorization-matrix.test.ts (tests only).
 */
export const GUARD = /^(const\s+\w+\s*=\s*)?(await\s+)?(authorize|requirePermission)\(/;
const CAPABILITY = /^(?:const\s+\w+\s*=\s*)?(?:await\s+)?(?:authorize|requirePermission)\(\s*\w+\s*,\s*['"`]([^'"`]+)['"`]/;

const MUTATING_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function routeFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return routeFiles(path);
		return /^\+(page\.server|server)\.ts$/.test(name) ? [path] : [];
	});
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


/** The `action:entity` the mutation's first statement asks for, or null when it has no literal one. */
export function capabilityOf(mutation: Mutation): string | null {
	return CAPABILITY.exec(mutation.firstStatement)?.[1] ?? null;
}
