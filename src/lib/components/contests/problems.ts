import type { DrawProblem } from '$lib/domain/contest/verify';
import { m } from '$lib/paraglide/messages';

/** A draw problem (verify.ts) in the reader's language; the script says the same in English. */
export function problemText(p: DrawProblem): string {
	switch (p.code) {
		case 'format':
			return m.contest_problem_format({ format: p.format });
		case 'list_not_canonical':
			return m.contest_problem_list_not_canonical();
		case 'list_hash':
			return m.contest_problem_list_hash({ computed: p.computed, published: p.published });
		case 'entry_count':
			return m.contest_problem_entry_count({ inFile: String(p.inFile), inDraw: String(p.inDraw) });
		case 'beacon_missing':
			return m.contest_problem_beacon_missing();
		case 'beacon_round':
			return m.contest_problem_beacon_round({ beaconRound: String(p.beaconRound), round: String(p.round) });
		case 'beacon_signature':
			return m.contest_problem_beacon_signature({ round: String(p.round), chain: p.chain });
		case 'secret_missing':
			return m.contest_problem_secret_missing();
		case 'secret_mismatch':
			return m.contest_problem_secret_mismatch();
		case 'source_unknown':
			return m.contest_problem_source_unknown();
		case 'seed':
			return m.contest_problem_seed({ computed: p.computed, published: p.published });
		case 'order':
			return m.contest_problem_order();
	}
}
