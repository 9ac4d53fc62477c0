import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import PossibleDuplicates from './PossibleDuplicates.svelte';

const duplicates = [
	{ id: '1', slug: 'kalnmuizas', name: 'Z/S "Kalnmuižas"', municipalityName: 'Siguldas novads', status: 'published', reasons: ['name' as const, 'municipality' as const], score: 0.81 },
	{ id: '2', slug: 'jauna', name: '<img src=x onerror=alert(1)>', municipalityName: null, status: 'pending', reasons: ['phone' as const], score: 0.7 }
];

describe('PossibleDuplicates', () => {
	it('asks the submitter "is it one of these?" with links to published listings only', () => {
		const { body } = render(PossibleDuplicates, { props: { duplicates, mode: 'submitter' } });
		expect(body).toContain('href="/lv/razotaji/kalnmuizas"');
		expect(body).not.toContain('/razotaji/jauna');
		expect(body).not.toContain('Līdzība');
		expect(body).toContain('&lt;img src=x onerror=alert(1)>');
	});

	it('shows the moderator reasons, score and a compare link', () => {
		const { body } = render(PossibleDuplicates, {
			props: { duplicates, mode: 'moderator', entityType: 'sales_point', compareHref: (d: { id: string }) => `/lv/moderacija/salidzinat/${d.id}` }
		});
		expect(body).toContain('līdzīgs nosaukums');
		expect(body).toContain('tas pats novads');
		expect(body).toContain('tas pats tālrunis');
		expect(body).toContain('Līdzība 81 %');
		expect(body).toContain('href="/lv/moderacija/salidzinat/2"');
		expect(body).toContain('href="/lv/tirdzniecibas-vietas/kalnmuizas"');
	});

	it('says nothing to a submitter when there is nothing similar', () => {
		expect(render(PossibleDuplicates, { props: { duplicates: [], mode: 'submitter' } }).body).not.toContain('<section');
	});
});
