import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import BarChart from './BarChart.svelte';

describe('impact BarChart', () => {
	it('is an accessible image with a title, the values in its description and "< 5" for suppressed rows', () => {
		const { body } = render(BarChart, {
			props: {
				id: 'origins',
				title: 'Dalībnieki pa pašvaldībām',
				rows: [
					{ label: 'Ķekavas novads', values: [39], group: 0 },
					{ label: 'Balvu novads', values: [14], group: 1 },
					{ label: 'Smiltenes novads', values: [null], group: 1 }
				],
				groups: ['Projekta teritorijā', 'Ārpus projekta teritorijas']
			}
		});
		expect(body).toContain('role="img"');
		expect(body).toContain('aria-labelledby="origins-title origins-desc"');
		expect(body).toContain('<title id="origins-title">Dalībnieki pa pašvaldībām</title>');
		expect(body).toContain('<desc id="origins-desc">Ķekavas novads: 39; Balvu novads: 14; Smiltenes novads: &lt; 5</desc>');
		expect(body).toContain('Ārpus projekta teritorijas');
		// the longest bar fills the scale; a suppressed row has none
		expect(body).toMatch(/class="c0 svelte-\w+" x="0" y="20" width="300"/);
		expect(body).toMatch(/class="c1 svelte-\w+" x="0" y="20" width="107.69"/);
		expect(body.match(/class="c1 svelte-\w+" x="0" y="20"/g)).toHaveLength(1);
		expect(body).not.toContain('style=');
	});

	it('stacks series with a legend', () => {
		const { body } = render(BarChart, {
			props: { id: 'kinds', title: 'Pasākumi', series: ['Klātienē', 'Tiešsaistē'], rows: [{ label: 'Vebinārs', values: [2, 6] }, { label: 'Darbnīca', values: [10, 0] }] }
		});
		expect(body).toContain('Klātienē');
		expect(body).toMatch(/class="c1 svelte-\w+" x="60" y="20" width="180"/);
		expect(body).toContain('>8</text>');
	});
});
