/** What the library's pages show: shared by its server queries and its components. */
import type { LibraryKind } from '$lib/forms/library';
import type { Chapter } from './chapters';
import type { VideoLink } from './video';

export type LibraryCard = {
	slug: string;
	kind: LibraryKind;
	title: string;
	summary: string;
	language: string;
	durationMinutes: number | null;
	pages: number | null;
	organisation: string;
	hasCover: boolean;
	isDemo: boolean;
};

export type LibraryItemPage = {
	id: string;
	organisationId: string;
	slug: string;
	kind: LibraryKind;
	title: string;
	summary: string;
	language: string;
	author: string | null;
	url: string | null;
	video: VideoLink | null;
	durationMinutes: number | null;
	pages: number | null;
	transcript: string | null;
	chapters: Chapter[];
	isDemo: boolean;
	publishedAt: string | null;
	topics: { slug: string; name: string }[];
	organisation: { slug: string; name: string };
	project: { slug: string; title: string } | null;
	event: { slug: string; title: string } | null;
	file: { fileName: string; size: number; hasThumbnail: boolean } | null;
};
