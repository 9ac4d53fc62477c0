import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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
	return routeFiles(root).flatMap((file) => mutationsOf(file, root, new Set()));
}

/** A mutating export by name: a handler, `fallback`, or `actions` (whose own names are `actions.<name>`). */
const isMutationName = (name: string) => MUTATING_METHODS.has(name) || name === 'fallback' || name === 'actions';

/**
 * Where `export … from 'spec'` points: a relative path or `$lib/…` (src/lib beside `root`), `.ts` added
 * when left out; null for anything else, which the caller reports as an unguarded mutation.
 */
function resolveModule(from: string, spec: string, root: string): string | null {
	const base = spec.startsWith('.') ? join(dirname(from), spec) : spec.startsWith('$lib/') ? join(root, '..', 'lib', spec.slice(5)) : null;
	if (!base) return null;
	for (const path of [base, `${base}.ts`, base.replace(/\.js$/, '.ts')]) {
		if (existsSync(path) && statSync(path).isFile()) return path;
	}
	return null;
}

/**
 * The mutations `file` exports, each reported under `file` (the URL it answers at). A re-export
 * (`export { actions } from '…'`, `export * from '…'`) is followed to the file that defines it, so two
 * routes sharing one set of actions are both checked on the code that runs; a re-export the scanner
 * cannot follow is reported with that as its first statement, which fails the guard.
 */
function mutationsOf(file: string, root: string, visiting: Set<string>): Mutation[] {
	if (visiting.has(file)) return [];
	visiting.add(file);
	const out: Mutation[] = [];
	const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
	source.forEachChild((stmt) => {
		if (ts.isExportDeclaration(stmt) && stmt.moduleSpecifier && ts.isStringLiteral(stmt.moduleSpecifier) && !stmt.isTypeOnly) {
			const spec = stmt.moduleSpecifier.text;
			// which names it takes: [exported here, as named there]; `export *` takes them all
			const clause = stmt.exportClause;
			const names = clause && ts.isNamedExports(clause)
				? clause.elements.filter((el) => !el.isTypeOnly).map((el) => [el.name.text, (el.propertyName ?? el.name).text] as const).filter(([name]) => isMutationName(name))
				: null;
			if (names?.length === 0) return;
			const target = resolveModule(file, spec, root);
			if (!target) {
				for (const [name] of names ?? [['export *', '']]) out.push({ file, name, firstStatement: `re-exported from ${spec}, which the scanner cannot follow` });
				return;
			}
			const there = mutationsOf(target, root, new Set(visiting));
			const rename = (theirs: string, ours: string) => (mu: Mutation) => ({ ...mu, file, name: mu.name === theirs ? ours : mu.name.replace(/^[^.]+\./, `${ours}.`) });
			if (!names) out.push(...there.map((mu) => ({ ...mu, file })));
			for (const [ours, theirs] of names ?? []) {
				const taken = there.filter((mu) => mu.name === theirs || mu.name.startsWith(`${theirs}.`));
				out.push(...taken.map(rename(theirs, ours)));
			}
			return;
		}
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
			} else if (name === 'actions') {
				// not an object the scanner can read (`= imported`, `= make()`): unguarded until written out
				out.push({ file, name, firstStatement: init.getText(source).slice(0, 80) });
			}
		}
	});
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
