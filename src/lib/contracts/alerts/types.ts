/** What the alert form (AlertForm.svelte) is given and gets back from /[lang]/pazinojumi. */
export type AlertOption = { value: string; label: string };
export type AlertChoices = { categories: AlertOption[]; municipalities: AlertOption[]; regions: AlertOption[] };
export type AlertFormState = {
	values?: { email?: string; query?: string; what?: string[]; consent?: boolean; q?: string; category?: string; municipality?: string; region?: string };
	errors?: Record<string, string>;
	formError?: string | null;
	sentTo?: string | null;
	/** A fresh anti-spam start time when the old one expired. */
	started?: string;
};
