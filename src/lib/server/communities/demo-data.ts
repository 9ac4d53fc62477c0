/**
 * Demo content of issue 17's coworking side. The places are real (seed document 003, places in
 * seed/real.ts); their residents are fictional people (is_demo, shown with the demo badge) and
 * the plans' prices are examples (their description says so). The HERE consultation lines are
 * real data from seed document 004 (is_demo = false).
 */
import type { LocalizedText } from '$lib/domain/types';
import type { PlanPeriod } from '$lib/domain/communities';

export type DemoResident = { name: string; activity: LocalizedText; consented: boolean; since: string; producerName?: string };
export type DemoPlan = { name: LocalizedText; priceCents: number | null; period: PlanPeriod };
export type DemoPlace = { slug: string; /** Only on the demo host's place (a demo assumption like its operator). */ hours?: string; residents: DemoResident[]; plans: DemoPlan[] };

/** The organisation whose staff (pieriga@demo.tuvuma.lv) host a demo place: see DEMO_HOST_PLACE. */
export const DEMO_HOST = 'pierigas-partneriba';
/**
 * Demo assumption, not from a source: "Dzīvoklis" is run by Pierīgas partnerība so the demo
 * coordinator has a place to keep (its residents shared their ideas at the partnership's meeting).
 */
export const DEMO_HOST_PLACE = 'dzivoklis-olaine';
/** Seed document 003: SIA "Silja" set up the Tīraine business embassy (a plain operator name, not a directory organisation). */
export const SILJA = { place: 'biznesa-vestnieciba', operatorName: 'SIA “Silja”' };

export const EXAMPLE_PRICE: LocalizedText = { lv: 'Cenas piemērs demonstrācijas datos.', en: 'An example price in the demonstration data.' };

const a = (lv: string, en: string): LocalizedText => ({ lv, en });

export const DEMO_PLACES: DemoPlace[] = [
	{
		slug: 'colabora-lielvarde',
		residents: [
			{ name: 'Ilze Bērziņa', activity: a('Grāmatvedības pakalpojumi mazajiem uzņēmumiem', 'Bookkeeping for small businesses'), consented: true, since: '2022-03-18' },
			{ name: 'Mārtiņš Ozols', activity: a('Tīmekļa lapu izstrāde', 'Web development'), consented: true, since: '2022-03-18' },
			{ name: 'Laura Kalniņa', activity: a('Tulkojumi un rediģēšana', 'Translation and editing'), consented: false, since: '2022-04-01' }
		],
		plans: [
			{ name: a('Dienas apmeklējums', 'Day pass'), priceCents: 500, period: 'day' },
			{ name: a('Pastāvīga darba vieta', 'Fixed desk'), priceCents: 4000, period: 'month' }
		]
	},
	{
		slug: 'dzivoklis-olaine',
		hours: 'Mo-Fr 08:00-20:00; Sa 10:00-14:00',
		residents: [
			{ name: 'Edgars Liepa', activity: a('Koka rotaļlietu dizains', 'Wooden toy design'), consented: true, since: '2021-09-01' },
			{ name: 'Santa Vītola', activity: a('Sociālo tīklu saturs vietējiem uzņēmējiem', 'Social media content for local businesses'), consented: true, since: '2021-11-15' },
			{ name: 'Kristaps Zariņš', activity: a('Velosipēdu remonts un noma', 'Bicycle repair and hire'), consented: true, since: '2022-01-10' },
			{ name: 'Agnese Roze', activity: a('Bērnu nodarbību plānošana', 'Planning children’s activities'), consented: false, since: '2022-02-01' }
		],
		plans: [
			{ name: a('Iepazīšanās diena', 'Trial day'), priceCents: null, period: 'once' },
			{ name: a('Dienas apmeklējums', 'Day pass'), priceCents: 600, period: 'day' },
			{ name: a('Elastīgā vieta', 'Flexible desk'), priceCents: 3500, period: 'month' },
			{ name: a('Gada dalība', 'Yearly membership'), priceCents: 36000, period: 'year' }
		]
	},
	{
		slug: 'ogres-centrala-biblioteka',
		residents: [{ name: 'Rūta Priede', activity: a('Attālināts darbs projektu vadībā', 'Remote project management'), consented: true, since: '2022-02-14' }],
		plans: [{ name: a('Darba vieta bibliotēkā', 'Desk in the library'), priceCents: null, period: 'day' }]
	},
	{
		slug: 'biznesa-vestnieciba',
		residents: [
			{ name: 'Annas virtuve', producerName: 'Annas virtuve', activity: a('Mājražotājas produkti koncepcijas veikalā', 'A home producer’s goods in the concept shop'), consented: true, since: '2021-06-01' },
			{ name: 'Jānis Krūmiņš', activity: a('Grafiskais dizains', 'Graphic design'), consented: true, since: '2021-10-01' }
		],
		plans: [{ name: a('Plaukts koncepcijas veikalā', 'A shelf in the concept shop'), priceCents: 2500, period: 'month' }]
	},
	{
		slug: 'jurmalas-biznesa-inkubators',
		residents: [
			{ name: 'Dace Ābele', activity: a('Ekoloģiskas kosmētikas ražošana', 'Making natural cosmetics'), consented: true, since: '2021-05-01' },
			{ name: 'Roberts Celmiņš', activity: a('Tūrisma maršrutu plānošana', 'Planning tourist routes'), consented: true, since: '2021-09-01' }
		],
		plans: [{ name: a('Inkubācijas programma', 'Incubation programme'), priceCents: null, period: 'month' }]
	}
];

export type DemoLine = { title: LocalizedText; phone: string; hours: string; region: 'riga' | 'latgale' | 'kurzeme' | 'vidzeme' | 'zemgale' };

/** Seed document 004: the HERE project's consultation lines of biedrība "Patvērums "Drošā māja"" (real data). */
export const HERE_ORGANISATION = 'patverums-drosa-maja';
const riga = a('Konsultācijas Rīgā', 'Consultations in Riga');
const region = (lv: string, en: string) => a(`Konsultācijas reģionā: ${lv}`, `Consultations in the region: ${en}`);
export const HERE_LINES: DemoLine[] = [
	{ title: riga, phone: '+371 25565098', hours: 'Mo-Fr 09:00-17:00', region: 'riga' },
	{ title: riga, phone: '+371 28612120', hours: 'Mo-Fr 09:00-17:00', region: 'riga' },
	{ title: riga, phone: '+371 67898343', hours: 'Mo-Fr 09:00-20:00', region: 'riga' },
	// the source gives the regional numbers without hours: shown without "open now"
	{ title: region('Latgale', 'Latgale'), phone: '+371 25723222', hours: '', region: 'latgale' },
	{ title: region('Kurzeme', 'Kurzeme'), phone: '+371 25719118', hours: '', region: 'kurzeme' },
	{ title: region('Vidzeme', 'Vidzeme'), phone: '+371 25719266', hours: '', region: 'vidzeme' },
	{ title: region('Zemgale', 'Zemgale'), phone: '+371 25719588', hours: '', region: 'zemgale' }
];
