import { describe, expect, it } from 'vitest';
import Parser from 'rss-parser';
import { atomXml, xmlEscape } from './atom';

const feed = {
	id: 'https://tuvuma.test/lv/jaunumi.atom',
	title: 'Jaunie ražotāji & <draugi>',
	subtitle: 'Tikko publicētie',
	lang: 'lv',
	selfUrl: 'https://tuvuma.test/lv/jaunumi.atom',
	htmlUrl: 'https://tuvuma.test/lv/razotaji?sort=newest',
	author: 'Tuvumā',
	updated: new Date('2026-01-09T00:00:00Z'),
	entries: [
		{
			id: 'https://tuvuma.test/lv/razotaji/bisu-maja',
			title: 'Bišu māja "Medus"',
			link: 'https://tuvuma.test/lv/razotaji/bisu-maja',
			published: new Date('2026-01-09T00:00:00Z'),
			updated: new Date('2026-01-10T00:00:00Z'),
			summary: 'Medus no Kurzemes \u0007 < 1 kg',
			summaryLang: 'lv',
			categories: [{ term: 'medus', label: 'Medus' }]
		}
	]
};

describe('Atom feed', () => {
	it('is parsed by rss-parser with titles, links, dates and categories intact', async () => {
		const parsed = await new Parser().parseString(atomXml(feed));
		expect(parsed.title).toBe('Jaunie ražotāji & <draugi>');
		expect(parsed.feedUrl).toBe(feed.selfUrl);
		expect(parsed.items).toHaveLength(1);
		const item = parsed.items[0];
		expect(item.title).toBe('Bišu māja "Medus"');
		expect(item.link).toBe('https://tuvuma.test/lv/razotaji/bisu-maja');
		expect(item.id).toBe('https://tuvuma.test/lv/razotaji/bisu-maja');
		expect(new Date(item.pubDate!).toISOString()).toBe('2026-01-09T00:00:00.000Z'); // rss-parser reads <published>
		expect(item.summary).toBe('Medus no Kurzemes  < 1 kg');
	});

	it('escapes markup and drops characters XML forbids', () => {
		expect(xmlEscape('a & <b> "c" \u0000')).toBe('a &amp; &lt;b&gt; &quot;c&quot; ');
	});
});
