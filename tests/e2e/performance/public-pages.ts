/**
 * Every public page the weight budget and Lighthouse check (budgets.spec.ts, bench/pages.ts) look at,
 * one line each, on the demo data. A new public page joins with one line; `lighthouse: true` adds it
 * to the (slower) Lighthouse run. The map (/karte) is the one page outside the budget.
 */
export type PublicPage = { name: string; path: string; lighthouse?: boolean };

export const PUBLIC_PAGES: PublicPage[] = [
	{ name: 'home', path: '/lv', lighthouse: true },
	{ name: 'directory', path: '/lv/razotaji', lighthouse: true },
	{ name: 'category', path: '/lv/razotaji?category=medus', lighthouse: true },
	{ name: 'search', path: '/lv/meklet?q=medus', lighthouse: true },
	{ name: 'producer', path: '/lv/razotaji/kalnmuizas', lighthouse: true },
	{ name: 'sales point', path: '/lv/tirdzniecibas-vietas/kalnmuizas-saimniecibas-veikals', lighthouse: true },
	{ name: 'organisation', path: '/lv/organizacijas/lauku-partneriba-lielupe', lighthouse: true },
	{ name: 'municipality', path: '/lv/novadi/siguldas-novads', lighthouse: true },
	{ name: 'search (empty)', path: '/lv/meklet' },
	{ name: 'search (English)', path: '/en/meklet?q=honey' },
	{ name: 'directory (Russian)', path: '/ru/razotaji?page=2' },
	{ name: 'region', path: '/lv/regioni/vidzeme' },
	{ name: 'municipalities', path: '/lv/novadi' },
	{ name: 'sales points', path: '/lv/tirdzniecibas-vietas' },
	{ name: 'organisations', path: '/lv/organizacijas' },
	{ name: 'places', path: '/lv/vietas' },
	{ name: 'place', path: '/lv/vietas/biznesa-vestnieciba' },
	{ name: 'for producers', path: '/lv/razotajiem' },
	{ name: 'privacy', path: '/lv/privatums' },
	{ name: 'suggest a producer', path: '/lv/ieteikt' },
	{ name: 'report a problem', path: '/lv/zinot?type=producer&slug=kalnmuizas' },
	{ name: 'sign in', path: '/lv/ienakt' },
	{ name: 'register', path: '/lv/registreties' },
	{ name: 'survey results', path: '/lv/aptaujas/socialais-uznemejs-nosleguma-aptauja/rezultati' }
];

/** The budget of issue 14, first load with an empty cache: HTML + CSS + JS + fonts, compressed as sent. */
export const BUDGET = { bytes: 60 * 1024, requests: 15 };
