/**
 * The document-kind registry (decision 011): what search can find is a list of registered kinds.
 * A kind says which result type it is, how to build the search documents of its published rows,
 * which ids of a reindex scope are its own, its `kind` facet's values, how many of it the
 * combined page shows and where its pages live. The engine, the memory index, the indexer and
 * the reindex jobs read this list; adding a result type (events, library items, cooperation
 * offers) is a registerDocumentKind() call from that feature plus its values in the
 * search_entity_type enum and ResultType — never an edit of the engine.
 *
 * Relative imports only: the seed and import command-line tools build documents through here.
 */
import type { ResultType } from '../../contracts/search/types';
import { libraryItemKind, organisationKind, placeKind, producerKind, salesPointKind } from '../db/schema';
import type { Db } from '../db/types';
import { loadContext, type Context, type Scope, type SearchDocInput } from './index-context';
import { organisationDocs, placeDocs, producerDocs, salesPointDocs } from './index-docs';
import { libraryDocs } from './library-docs';

export type DocumentKind = {
	/** The result type (search_results.result_type, the page's group, the API's `type`). */
	type: ResultType;
	/** The reindex scope's list of this kind's ids (`producerIds` …). */
	scopeKey: string;
	/** The documents of every published row (ids undefined) or of these rows; unpublished ones have none. */
	documents(db: Db, ctx: Context, ids?: readonly string[]): Promise<SearchDocInput[]>;
	/** The values of its `kind` facet (the URL's kind= is one of them). */
	kinds: readonly string[];
	/** Results of this type on the combined search page. */
	groupSize: number;
	/** Its pages: /[lang]/<urlPart>/<slug>. */
	urlPart: string;
};

const kinds: DocumentKind[] = [];

/**
 * Result types in registration order: the page's groups and the memory index's type codes
 * (a slot stores its type's position here, so kinds are only ever appended).
 */
export const RESULT_ORDER: readonly ResultType[] = [];

/** Adds a kind; returns a function that removes it again (for tests). */
export function registerDocumentKind(kind: DocumentKind): () => void {
	if (kinds.some((k) => k.type === kind.type || k.scopeKey === kind.scopeKey)) throw new Error(`search: document kind ${kind.type} (${kind.scopeKey}) is registered twice`);
	kinds.push(kind);
	(RESULT_ORDER as ResultType[]).push(kind.type);
	return () => {
		kinds.splice(kinds.indexOf(kind), 1);
		(RESULT_ORDER as ResultType[]).splice(RESULT_ORDER.indexOf(kind.type), 1);
	};
}

export function documentKinds(): readonly DocumentKind[] {
	return kinds;
}

export function documentKind(type: string): DocumentKind | undefined {
	return kinds.find((k) => k.type === type);
}

/** The documents of a scope (every registered kind's ids in it), or of everything. */
export async function buildDocs(db: Db, scope?: Scope): Promise<SearchDocInput[]> {
	return docsOf(db, await loadContext(db), scope);
}

/** buildDocs with the reference data already loaded. */
export async function docsOf(db: Db, ctx: Context, scope?: Scope): Promise<SearchDocInput[]> {
	const parts = await Promise.all(kinds.map((k) => (!scope ? k.documents(db, ctx) : scope[k.scopeKey] ? k.documents(db, ctx, scope[k.scopeKey]) : [])));
	return parts.flat();
}

// the directory's kinds, in the order of the search page's groups
registerDocumentKind({ type: 'producer', scopeKey: 'producerIds', documents: producerDocs, kinds: producerKind.enumValues, groupSize: 12, urlPart: 'razotaji' });
registerDocumentKind({ type: 'sales_point', scopeKey: 'salesPointIds', documents: salesPointDocs, kinds: salesPointKind.enumValues, groupSize: 6, urlPart: 'tirdzniecibas-vietas' });
registerDocumentKind({ type: 'organisation', scopeKey: 'organisationIds', documents: organisationDocs, kinds: organisationKind.enumValues, groupSize: 4, urlPart: 'organizacijas' });
registerDocumentKind({ type: 'place', scopeKey: 'placeIds', documents: placeDocs, kinds: placeKind.enumValues, groupSize: 4, urlPart: 'vietas' });
// the programme side's kinds, after the directory's
registerDocumentKind({ type: 'library_item', scopeKey: 'libraryItemIds', documents: libraryDocs, kinds: libraryItemKind.enumValues, groupSize: 4, urlPart: 'biblioteka' });
