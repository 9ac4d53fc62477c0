/**
 * News bodies: what an editor types (Markdown — a simple markup that also works in a plain
 * textarea without JavaScript) becomes HTML through `marked`, and that HTML goes through
 * `sanitize-html` with a short allow-list before it is stored or shown. Pure (no I/O).
 *
 * Allowed: paragraphs, headings (an `#` heading becomes h2: the page has its own h1), lists,
 * emphasis, quotes, code, rules, line breaks, links (http, https, mailto; marked as user content),
 * and images only from this site's own image pipeline (`/media/<id>/<width>.webp`). Everything
 * else — scripts, styles, event handlers, iframes, forms, other images — is dropped.
 */
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/** Sanitized HTML: only `renderNewsMarkup` makes one, and only it may be shown with {@html}. */
export type SafeHtml = string & { readonly __safeHtml: unique symbol };

const marked = new Marked({ gfm: true, breaks: false, async: false });

const MEDIA_SRC = /^\/media\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/(320|640|1280)\.webp$/;

const OPTIONS: sanitizeHtml.IOptions = {
	allowedTags: ['h2', 'h3', 'h4', 'p', 'br', 'hr', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'blockquote', 'code', 'pre', 'a', 'img'],
	allowedAttributes: { a: ['href', 'title', 'rel'], img: ['src', 'alt', 'title', 'loading', 'decoding'], ol: ['start'] },
	allowedSchemes: ['http', 'https', 'mailto'],
	allowedSchemesAppliedToAttributes: ['href'],
	allowProtocolRelative: false,
	disallowedTagsMode: 'discard',
	// the contents of these go too, not only the tags
	nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'template'],
	transformTags: {
		h1: 'h2',
		h5: 'h4',
		h6: 'h4',
		a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'nofollow ugc noopener' } }),
		img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: 'lazy', decoding: 'async' } })
	},
	exclusiveFilter: (frame) => frame.tag === 'img' && !MEDIA_SRC.test(frame.attribs.src ?? '')
};

/** Markup → sanitized HTML. */
export function renderNewsMarkup(source: string): SafeHtml {
	const html = marked.parse(source) as string;
	return sanitizeHtml(html, OPTIONS).trim() as SafeHtml;
}

/** The text of a body, for summaries and feeds: no tags, entities decoded, whitespace collapsed. */
export function plainText(html: string): string {
	const text = sanitizeHtml(html.replace(/<\/(p|h[2-4]|li|blockquote|pre)>/g, ' $&'), { allowedTags: [], allowedAttributes: {} });
	return text
		.replace(/&nbsp;/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * A summary of at most `max` characters, cut at a word: the opening paragraphs (headings and lists
 * read badly run together), or all the text when there is no paragraph.
 */
export function summaryOf(html: string, max = 280): string {
	const paragraphs = html.match(/<p>[\s\S]*?<\/p>/g)?.join(' ');
	const text = plainText(paragraphs || html);
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

/** Markup that shows an uploaded picture (appended when a picture is added without JavaScript). */
export function imageMarkup(id: string, alt: string): string {
	return `![${alt.replace(/[[\]\\]/g, ' ').trim()}](/media/${id}/1280.webp)`;
}
