/**
 * Who holds the winners' places now: walk the derived order, pass over entries set aside (declined or
 * not eligible), the first N others are the winners. This is the redraw rule announced in advance
 * (docs/contest-draw.md §4) — nothing is drawn again, the next alternate in order moves up.
 */
export type Decision = 'declined' | 'ineligible';

export type Standing = {
	winners: { publicId: string; place: number; position: number }[];
	setAside: { publicId: string; decision: Decision; position: number }[];
	/** alternates not yet used, in order */
	alternates: string[];
};

export function standing(order: readonly string[], winners: number, decisions: ReadonlyMap<string, Decision>): Standing {
	const out: Standing = { winners: [], setAside: [], alternates: [] };
	order.forEach((publicId, i) => {
		const decision = decisions.get(publicId);
		if (decision) out.setAside.push({ publicId, decision, position: i + 1 });
		else if (out.winners.length < winners) out.winners.push({ publicId, place: out.winners.length + 1, position: i + 1 });
		else out.alternates.push(publicId);
	});
	return out;
}

/** Who takes a set-aside winner's place: the first alternate after the change (null when none is left). */
export function replacementFor(order: readonly string[], winners: number, decisions: ReadonlyMap<string, Decision>, setAside: string): string | null {
	const before = new Set(standing(order, winners, decisions).winners.map((w) => w.publicId));
	const after = standing(order, winners, new Map([...decisions, [setAside, 'declined' as Decision]]));
	return after.winners.find((w) => !before.has(w.publicId))?.publicId ?? null;
}
