import type { Db } from '../db/types';

/**
 * Other features' rows that point at a person (survey responses, mentoring matches, contest
 * entries, …). Each registers here once, from its own module:
 * - `move` re-points its rows from the merged person to the survivor and returns how many moved;
 * - `anonymise` clears what those rows hold about the people (ids stay, so counts stay).
 * Participations are handled by the people flow itself. Decision 006.
 */
export type PersonReference = {
	name: string;
	move: (tx: Db, fromPersonId: string, toPersonId: string) => Promise<number>;
	anonymise: (tx: Db, personIds: string[]) => Promise<void>;
};

const references: PersonReference[] = [];

export function registerPersonReference(ref: PersonReference): void {
	if (references.some((r) => r.name === ref.name)) throw new Error(`Person reference "${ref.name}" registered twice`);
	references.push(ref);
}

export function personReferences(): readonly PersonReference[] {
	return references;
}
