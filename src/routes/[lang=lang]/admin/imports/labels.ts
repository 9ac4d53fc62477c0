import { m } from '$lib/paraglide/messages';

const STATES: Record<string, () => string> = {
	previewed: m.import_state_previewed,
	queued: m.import_state_queued,
	running: m.import_state_running,
	done: m.import_state_done,
	failed: m.import_state_failed
};
const PHASES: Record<string, () => string> = {
	validating: m.import_phase_validating,
	writing: m.import_phase_writing
};

export const stateLabel = (status: string) => (STATES[status] ?? m.import_state_queued)();
export const phaseLabel = (phase: string | null) => (phase && PHASES[phase] ? PHASES[phase]() : m.import_phase_queued());
