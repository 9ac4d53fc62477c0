import type { Db } from './types';

/**
 * A statement prepared once per database handle (a hot path's query: planning it each time cost
 * more than running it). `build` names and prepares it on the handle it is given; the first call
 * for a handle builds it, later calls reuse it, and a closed handle's statement goes with it.
 */
export function preparedPer<S>(build: (db: Db) => S): (db: Db) => S {
	const statements = new WeakMap<Db, S>();
	return (db) => {
		let statement = statements.get(db);
		if (statement === undefined) statements.set(db, (statement = build(db)));
		return statement;
	};
}
