/**
 * Atom 1.0 (RFC 4287) documents as text. Pure: the feed flow supplies absolute URLs and dates.
 */

export type AtomEntry = {
	id: string;
	title: string;
	link: string;
	published: Date;
	updated: Date;
	summary: string;
	summaryLang: string;
	categories: { term: string; label: string }[];
	/** The whole entry as (sanitized) HTML with absolute URLs, when there is more than the summary. */
	contentHtml?: string;
};

export type AtomFeed = {
	id: string;
	title: string;
	subtitle: string;
	lang: string;
	selfUrl: string;
	htmlUrl: string;
	author: string;
	updated: Date;
	entries: AtomEntry[];
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** XML text and attribute escaping; characters XML 1.0 forbids (control characters) are dropped. */
export function xmlEscape(value: string): string {
	// eslint-disable-next-line no-control-regex
	return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

export function atomXml(feed: AtomFeed): string {
	const e = xmlEscape;
	const entries = feed.entries.map(
		(x) => `  <entry>
    <id>${e(x.id)}</id>
    <title>${e(x.title)}</title>
    <link rel="alternate" type="text/html" href="${e(x.link)}"/>
    <published>${x.published.toISOString()}</published>
    <updated>${x.updated.toISOString()}</updated>
${x.categories.map((c) => `    <category term="${e(c.term)}" label="${e(c.label)}"/>\n`).join('')}    <summary type="text" xml:lang="${e(x.summaryLang)}">${e(x.summary)}</summary>
${x.contentHtml ? `    <content type="html" xml:lang="${e(x.summaryLang)}">${e(x.contentHtml)}</content>\n` : ''}  </entry>
`
	);
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${e(feed.lang)}">
  <id>${e(feed.id)}</id>
  <title>${e(feed.title)}</title>
  <subtitle>${e(feed.subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${e(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${e(feed.htmlUrl)}"/>
  <author><name>${e(feed.author)}</name></author>
  <updated>${feed.updated.toISOString()}</updated>
${entries.join('')}</feed>
`;
}
