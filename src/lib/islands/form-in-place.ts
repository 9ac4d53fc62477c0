import { attachAll } from './attach';

/**
 * A form posted without leaving the page: what `use:enhance` did on pages that had SvelteKit's
 * client. The form still works as a plain POST; with this island the server's answer (the same
 * page, with its messages) replaces the form's region (`data-form-region`, else `main`), a chosen
 * photo stays chosen (the file input is kept), the first message (`[autofocus]`, `[role=alert]`)
 * takes focus, and the button cannot send twice while the answer is on its way.
 */
export function enhanceFormInPlace(form: HTMLFormElement): void {
	let sending = false;
	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		if (sending) return;
		sending = true;
		form.setAttribute('aria-busy', 'true');
		try {
			const res = await fetch(form.action, { method: 'POST', body: new FormData(form, event.submitter), headers: { accept: 'text/html' } });
			if (res.redirected) return location.assign(res.url);
			const next = new DOMParser().parseFromString(await res.text(), 'text/html');
			const region = regionOf(document, form);
			const incoming = next.querySelector('[data-form-region]') ?? next.querySelector('main');
			if (!region || !incoming) throw new Error('no region to show the answer in');
			const fresh = document.importNode(incoming, true);
			// a file input cannot be given its file again: the chosen one moves into the new form
			for (const chosen of form.querySelectorAll<HTMLInputElement>('input[type="file"]')) {
				const slot = fresh.querySelector<HTMLInputElement>(`input[type="file"][name="${CSS.escape(chosen.name)}"]`);
				if (slot && chosen.files?.length) {
					for (const attr of ['aria-invalid', 'aria-describedby']) {
						const value = slot.getAttribute(attr);
						if (value === null) chosen.removeAttribute(attr);
						else chosen.setAttribute(attr, value);
					}
					slot.replaceWith(chosen);
				}
			}
			// too large to read (413): the server's answer cannot repeat what was typed, so the page keeps it
			if (res.status === 413) keepTyped(form, fresh);
			region.replaceWith(fresh);
			document.title = next.title;
			attachAll('form-in-place', enhanceFormInPlace);
			fresh.querySelector<HTMLElement>('[autofocus], [role="alert"], [role="status"]')?.focus();
		} catch {
			// offline or an unexpected answer: the plain post shows what the server says
			sending = false;
			form.removeAttribute('aria-busy');
			HTMLFormElement.prototype.submit.call(form);
		}
	});
}

/** Copies what the person typed or chose into the answer's empty fields (not files, not tokens). */
function keepTyped(from: HTMLFormElement, into: Element): void {
	for (const field of from.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input[name], textarea[name], select[name]')) {
		if (field.type === 'file' || field.type === 'hidden' || field.type === 'submit') continue;
		const twin = into.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`[name="${CSS.escape(field.name)}"]`);
		if (!twin) continue;
		if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) {
			const same = into.querySelector<HTMLInputElement>(`[name="${CSS.escape(field.name)}"][value="${CSS.escape(field.value)}"]`);
			if (same) same.checked = field.checked;
		} else if (twin instanceof HTMLSelectElement || !twin.value) {
			// a select always has a value (its first option): the person's choice wins
			twin.value = field.value;
		}
	}
}

const regionOf = (doc: Document, form: HTMLFormElement) => form.closest('[data-form-region]') ?? doc.querySelector('main');

attachAll('form-in-place', enhanceFormInPlace);
