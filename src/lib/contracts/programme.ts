/** Types the programme pages get from the server (projects, news, the registered page slots). */

export type ProjectPhase = 'upcoming' | 'current' | 'past';

export type ProjectCard = {
	slug: string;
	title: string;
	titleLang: string;
	summary: string;
	summaryLang: string;
	number: string | null;
	phase: ProjectPhase;
	startsOn: string | null;
	endsOn: string | null;
	organisation: { slug: string; name: string };
	isDemo: boolean;
};

export type PartnerView = {
	role: 'lead' | 'partner';
	name: string;
	/** The directory page, when the partner is a published organisation there. */
	href: string | null;
	country: string;
	website: string | null;
};

export type TerritoryView = { name: string; href: string | null; country: string };

export type ResultView = { value: number; label: string; labelLang: string; unit: string };

export type LogoView = { id: string; alt: string; width: number; height: number };

export type LocalizedField = { text: string; lang: string };

export type ProjectView = ProjectCard & {
	programme: LocalizedField | null;
	subMeasure: LocalizedField | null;
	funder: LocalizedField | null;
	acknowledgement: LocalizedField | null;
	goals: { lines: string[]; lang: string } | null;
	website: string | null;
	partners: PartnerView[];
	territories: TerritoryView[];
	results: ResultView[];
	logos: LogoView[];
};

export type NewsCard = {
	slug: string;
	title: string;
	lang: string;
	summary: string;
	publishedAt: string;
	organisation: { slug: string; name: string };
	project: { slug: string; title: string } | null;
	isDemo: boolean;
};

/** A post's body is HTML rendered and sanitized on the server (news/markup.ts). */
export type NewsView = NewsCard & { bodyHtml: string; updatedAt: string };

/** One section a feature registered on a public page (projects on an organisation's page, later events). */
export type PageSlotView = {
	id: string;
	title: string;
	items: { title: string; href: string; lang?: string; meta?: string; summary?: string; summaryLang?: string; badge?: string }[];
	more?: { href: string; label: string };
	feed?: { href: string; title: string };
};
