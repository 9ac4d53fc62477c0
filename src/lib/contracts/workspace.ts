/** Types shared by the server and the pages of the programme side (not components: decision 006). */
/** What the workspace overview renders per registered section (built by src/lib/server/workspace). */
export type WorkspaceSectionView = {
	id: string;
	title: string;
	href: string | null;
	count: number;
	items: { title: string; href: string; meta?: string; lang?: string }[];
	actions: { href: string; label: string }[];
	empty: string;
};
