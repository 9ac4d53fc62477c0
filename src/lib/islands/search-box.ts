import { attachAll, attachOnce } from './attach';

/**
 * The search box's autocomplete. Without it the box is a plain GET form; with it the input is an
 * ARIA 1.2 combobox with a listbox of suggestions from `data-suggest` (JSON: { suggestions, announcement }):
 * ↓/↑ move, Enter opens the active suggestion (or searches), Esc closes (twice: clears), the mouse
 * works too. Focus stays in the input (aria-activedescendant). Texts come from the server.
 */
type Suggestion = { label: string; detail?: string | null; typeLabel: string; url: string };

export function enhanceSearchBox(form: HTMLFormElement): void {
	const input = form.querySelector<HTMLInputElement>('input[name="q"]');
	// the listbox and the live region are in the server's markup (hidden, empty): scripts that run
	// before a page's hydration may change attributes but must not add nodes
	const listbox = form.querySelector<HTMLUListElement>('[role="listbox"]');
	const status = form.querySelector<HTMLElement>('[aria-live]');
	const endpoint = form.dataset.suggest;
	if (input && listbox && status && endpoint) combobox(input, listbox, status, endpoint);
}

function combobox(input: HTMLInputElement, listbox: HTMLUListElement, status: HTMLElement, endpoint: string): void {
	input.setAttribute('role', 'combobox');
	input.setAttribute('aria-autocomplete', 'list');
	input.setAttribute('aria-expanded', 'false');
	input.setAttribute('aria-controls', listbox.id);

	let items: Suggestion[] = [];
	let active = -1;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let controller: AbortController | undefined;

	const optionId = (i: number) => `${input.id}-option-${i}`;
	function render() {
		const open = items.length > 0 && !listbox.hidden;
		input.setAttribute('aria-expanded', String(open));
		if (open && active >= 0) input.setAttribute('aria-activedescendant', optionId(active));
		else input.removeAttribute('aria-activedescendant');
		listbox.querySelectorAll('[role="option"]').forEach((li, i) => {
			li.setAttribute('aria-selected', String(i === active));
			li.classList.toggle('active', i === active);
		});
	}
	function show(next: Suggestion[]) {
		items = next;
		active = -1;
		listbox.replaceChildren(
			...items.map((item, i) => {
				const li = document.createElement('li');
				li.id = optionId(i);
				li.setAttribute('role', 'option');
				const label = document.createElement('span');
				label.className = 'label';
				label.textContent = item.label;
				const detail = document.createElement('span');
				detail.className = 'detail';
				detail.textContent = item.detail ? `${item.typeLabel} · ${item.detail}` : item.typeLabel;
				li.append(label, detail);
				// keep focus in the input; choosing with the pointer opens the suggestion
				li.addEventListener('pointerdown', (e) => e.preventDefault());
				li.addEventListener('click', () => choose(item));
				return li;
			})
		);
		listbox.hidden = items.length === 0;
		render();
	}
	function close() {
		listbox.hidden = true;
		active = -1;
		render();
	}
	function choose(item: Suggestion) {
		close();
		window.location.assign(item.url);
	}
	async function load(q: string) {
		controller?.abort();
		if (q.trim().length < 2) return show([]);
		controller = new AbortController();
		try {
			const res = await fetch(`${endpoint}?q=${encodeURIComponent(q)}`, { signal: controller.signal, headers: { accept: 'application/json' } });
			if (!res.ok) return;
			const body = (await res.json()) as { suggestions: Suggestion[]; announcement: string };
			show(body.suggestions);
			status.textContent = body.announcement;
		} catch {
			// aborted by the next keystroke, or offline: the plain search still works
		}
	}
	function move(step: 1 | -1) {
		if (!items.length) return;
		listbox.hidden = false;
		active = active < 0 ? (step === 1 ? 0 : items.length - 1) : (active + step + items.length) % items.length;
		render();
	}

	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => load(input.value), 120);
	});
	input.addEventListener('blur', close);
	input.addEventListener('keydown', (event) => {
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			move(event.key === 'ArrowDown' ? 1 : -1);
		} else if (event.key === 'Enter' && !listbox.hidden && items[active]) {
			event.preventDefault();
			choose(items[active]);
		} else if (event.key === 'Escape') {
			if (!listbox.hidden) close();
			else if (input.value) {
				input.value = '';
				show([]);
			} else return;
			event.preventDefault();
		} else if (event.key === 'Tab') close();
	});
}

export const attachSearchBox = (form: HTMLFormElement) => attachOnce(form, 'search-box', enhanceSearchBox);
attachAll('search-box', enhanceSearchBox);
