/**
 * The events of the seed documents (shared/sources 001–003) and fictional upcoming ones (demo).
 * Real: the LV–MD support project's 12 webinars (topics as published; the document gives the
 * period July–December 2020, not the days, so the days here are spread over that period), its two
 * virtual masterclasses with materials sent beforehand and the two virtual tours of the closing
 * event on 5 December 2020; "Veiksmīgs sociālais uzņēmējs lauku teritorijā" workshops, the
 * business-idea lab and study visits; the coworking project's two study visits (18 and 25 March).
 */
import type { EventKind } from '../../events/choices';
import type { LocalizedText } from '../db/schema/common';

export type DemoStop = { kind: 'producer' | 'sales_point' | 'place'; slug: string; time?: string; note?: string };
export type DemoEvent = {
	key: string;
	kind: EventKind;
	organisation: string;
	project?: string;
	title: LocalizedText;
	summary: LocalizedText;
	/** ISO date and Riga (or venue) wall-clock times; `inDays` instead: days after the seed run (fictional upcoming events). */
	date?: string;
	inDays?: number;
	start: string;
	end: string;
	timeZone?: 'Europe/Riga' | 'Europe/Chisinau';
	online?: boolean;
	place?: string;
	venueName?: string;
	address?: string;
	municipality?: string;
	capacity?: number;
	languages: string[];
	materials?: { title: string; url: string; before: boolean }[];
	stops?: DemoStop[];
	hosts?: string[];
	funderFields?: string[];
	questions?: { kind: 'text' | 'choice' | 'yesno'; label: string; options?: string[]; required?: boolean }[];
	/** Registrants to generate: [registered, attended of them, waitlisted]. */
	people: [number, number, number];
	demo: boolean;
};

/** The seed documents' projects by slug (seed/programme-projects.ts owns the rows; events only point at them). */
export const DEMO_PROJECTS = { lvmd: 'atbalsts-moldovas-regionu-izaugsmei', social: 'veiksmigs-socialais-uznemejs-lauku-teritorija', coworking: 'coworking-spaces-in-rural-areas' } as const;

const LVMD_TOPICS: [string, string][] = [
	['Reklāmu veidošana interneta vidē', 'Advertising online'],
	['Klientu vajadzību izzināšana', 'Finding out what customers need'],
	['Sadarbības projektu veidošanas pieredze', 'Experience of building cooperation projects'],
	['Prezentācijas prasmju uzlabošana', 'Improving presentation skills'],
	['Projektu ideju radīšana', 'Creating project ideas'],
	['Praktiskie padomi lauku partnerību administratīvajā vadīšanā', 'Practical advice on running a rural partnership'],
	['Leader programmas loma vietējo ražotāju konkurētspējas veicināšanā', 'The role of LEADER in local producers’ competitiveness'],
	['Vietējo resursu efektivitātes paaugstināšana', 'Using local resources better'],
	['Sadarbība starp dažādiem sektoriem', 'Cooperation between sectors'],
	['Inovācijas un jaunas tendences lauku apvidos: bioekonomika', 'Innovation and new trends in rural areas: the bioeconomy']
];

const webinar = (i: number, lv: string, en: string, organisation: string, date: string): DemoEvent => ({
	key: `lvmd-webinar-${i + 1}`,
	kind: 'webinar',
	organisation,
	project: DEMO_PROJECTS.lvmd,
	title: { lv: `Vebinārs: ${lv}`, en: `Webinar: ${en}` },
	summary: { lv: 'Latvijas lauku partnerību pieredze Moldovas uzņēmējiem un vietējām rīcības grupām.', en: 'Latvian rural partnerships share their experience with Moldovan entrepreneurs and local action groups.' },
	date,
	start: '10:00',
	end: '11:30',
	online: true,
	languages: ['lv', 'ro', 'ru'],
	people: [18 + ((i * 7) % 11), 14 + ((i * 5) % 9), 0],
	demo: false
});

const LVMD_DATES = ['2020-08-19', '2020-08-26', '2020-09-02', '2020-09-09', '2020-09-16', '2020-09-23', '2020-09-30', '2020-10-07', '2020-10-14', '2020-10-21'];

export const DEMO_EVENTS: DemoEvent[] = [
	...LVMD_TOPICS.map(([lv, en], i) => webinar(i, lv, en, 'latvijas-lauku-forums', LVMD_DATES[i])),
	webinar(10, 'Tūrisms un tā veicināšanas pasākumi', 'Tourism and how to promote it', 'lauku-partneriba-lielupe', '2020-10-28'),
	webinar(11, 'Kā parādīt tūrisma iespējas reģionā', 'How to show a region’s tourism', 'lauku-partneriba-lielupe', '2020-11-04'),
	{
		key: 'lvmd-masterclass-scrub', kind: 'masterclass', organisation: 'lauku-partneriba-lielupe', project: DEMO_PROJECTS.lvmd,
		title: { lv: 'Virtuālā meistarklase: dabīgo augu skrubja gatavošana (Z/s „Dārziņi-2”)', en: 'Virtual masterclass: a natural plant scrub (Dārziņi-2 farm)' },
		summary: { lv: 'Moldovas kolēģi gatavo skrubi kopā ar Jelgavas novada saimniecību; materiālus nosūtām iepriekš.', en: 'Moldovan colleagues make a scrub together with a Jelgava farm; materials are sent beforehand.' },
		date: '2020-11-18', start: '11:00', end: '12:30', online: true, languages: ['lv', 'ro', 'ru'],
		materials: [{ title: 'Sastāvdaļu saraksts un recepte', url: 'https://www.partneribalielupe.lv/', before: true }],
		people: [16, 14, 0], demo: false
	},
	{
		key: 'lvmd-masterclass-baskets', kind: 'masterclass', organisation: 'lauku-partneriba-lielupe', project: DEMO_PROJECTS.lvmd,
		title: { lv: 'Virtuālā meistarklase: skalu grozu pīšana (Inta Bendrupa)', en: 'Virtual masterclass: weaving a splint basket (Inta Bendrupa)' },
		summary: { lv: 'Amata meistares darbnīca tiešsaistē; skalas un darba apraksts tiek nosūtīti dalībniekiem iepriekš.', en: 'A craftswoman’s online workshop; splints and instructions are sent to participants beforehand.' },
		date: '2020-11-25', start: '11:00', end: '13:00', online: true, languages: ['lv', 'ro', 'ru'],
		materials: [{ title: 'Darba apraksts un materiāli', url: 'https://www.partneribalielupe.lv/', before: true }],
		people: [14, 12, 0], demo: false
	},
	{
		key: 'lvmd-tour-vesuzis', kind: 'virtual_tour', organisation: 'lauku-partneriba-lielupe', project: DEMO_PROJECTS.lvmd,
		title: { lv: 'Virtuālā ekskursija: Lielplatones muižas „Vešūzis”', en: 'Virtual tour: the Lielplatone manor laundry' },
		summary: { lv: 'Veļas mazgāšanas tradīcijas muižās 18. un 19. gadsimtā — noslēguma pasākuma virtuālā viesošanās Latvijā.', en: 'Laundry traditions of 18th–19th century manors — part of the closing virtual visit to Latvia.' },
		date: '2020-12-05', start: '10:00', end: '10:45', online: true, languages: ['lv', 'ro', 'ru'], people: [34, 31, 0], demo: false
	},
	{
		key: 'lvmd-tour-svete', kind: 'virtual_tour', organisation: 'lauku-partneriba-lielupe', project: DEMO_PROJECTS.lvmd,
		title: { lv: 'Virtuālā ekskursija: Svētes pils atjaunošana', en: 'Virtual tour: restoring Svēte palace' },
		summary: { lv: 'Biedrības „Novada mantojums” iniciatīva pils atjaunošanā — noslēguma pasākumā 5. decembrī.', en: 'The “Novada mantojums” association’s initiative to restore the palace — at the closing event on 5 December.' },
		date: '2020-12-05', start: '11:00', end: '11:45', online: true, languages: ['lv', 'ro', 'ru'], people: [33, 30, 0], demo: false
	},
	...(
		[
			['Mārupe', 'Mārupes novads', '2021-03-11'],
			['Olaine', 'Olaines novads', '2021-03-18'],
			['Ķekava', 'Ķekavas novads', '2021-03-25'],
			['Jelgava', 'Jelgavas novads', '2021-04-08'],
			['Kuldīga', 'Kuldīgas novads', '2021-04-15']
		] as const
	).map(([town, mun, date], i): DemoEvent => ({
		key: `social-workshop-${i + 1}`, kind: 'workshop', organisation: 'pierigas-partneriba', project: DEMO_PROJECTS.social,
		title: { lv: `Darbnīca-seminārs: iepazīsti sociālo uzņēmējdarbību (${town})`, en: `Workshop: getting to know social entrepreneurship (${town})` },
		summary: { lv: 'Sociālās uzņēmējdarbības iepazīšana partnerības teritorijā — iedzīvotājiem, uzņēmējiem un pašvaldībai.', en: 'Social entrepreneurship for residents, businesses and the municipality of the partnership’s area.' },
		date, start: '10:00', end: '14:00', municipality: mun, venueName: `${town}s pašvaldības zāle`, capacity: 60, languages: ['lv'],
		funderFields: ['gender', 'age_band', 'municipality'], people: [58, 52, 0], demo: false
	})),
	{
		key: 'social-municipal-seminar', kind: 'seminar', organisation: 'pierigas-partneriba', project: DEMO_PROJECTS.social,
		title: { lv: 'Kopīgs seminārs pašvaldību darbiniekiem par sociālo uzņēmējdarbību', en: 'Joint seminar for municipal staff on social entrepreneurship' },
		summary: { lv: 'Desmit novadu pašvaldību darbinieki par sociālo uzņēmumu atbalstu.', en: 'Staff of ten municipalities on supporting social enterprises.' },
		date: '2021-05-20', start: '10:00', end: '15:00', online: true, languages: ['lv'], funderFields: ['gender', 'age_band', 'municipality'], people: [40, 36, 0], demo: false
	},
	{
		key: 'social-idea-lab', kind: 'workshop', organisation: 'pierigas-partneriba', project: DEMO_PROJECTS.social,
		title: { lv: 'Biznesa ideju attīstības „laboratorija”', en: 'Business idea development “lab”' },
		summary: { lv: 'Sociālo uzņēmumu ideju pārbaude un attīstība kopā ar mentoriem.', en: 'Testing and developing social business ideas with mentors.' },
		date: '2021-09-16', start: '10:00', end: '17:00', municipality: 'Mārupes novads', venueName: 'Mārupes Mūzikas un mākslas skola', capacity: 30, languages: ['lv'],
		questions: [{ kind: 'text', label: 'Jūsu ideja dažos vārdos', required: true }], funderFields: ['gender', 'age_band', 'municipality'], people: [30, 28, 4], demo: false
	},
	{
		key: 'social-study-visit', kind: 'study_visit', organisation: 'pierigas-partneriba', project: DEMO_PROJECTS.social,
		title: { lv: 'Pieredzes brauciens pie sociālajiem uzņēmumiem', en: 'Study visit to social enterprises' },
		summary: { lv: 'Topošie un esošie sociālie uzņēmumi dalās pieredzē.', en: 'Emerging and established social enterprises share their experience.' },
		date: '2022-05-12', start: '09:00', end: '17:00', municipality: 'Rīga', capacity: 25, languages: ['lv'],
		stops: [{ kind: 'producer', slug: 'labas-rokas', time: '10:00' }], funderFields: ['gender', 'age_band', 'municipality'], people: [25, 23, 3], demo: false
	},
	{
		key: 'coworking-visit-lielvarde', kind: 'study_visit', organisation: 'pierigas-partneriba', project: DEMO_PROJECTS.coworking,
		title: { lv: 'Pieredzes brauciens: koprades telpas Lielvārdē un Ogrē', en: 'Study visit: coworking spaces in Lielvārde and Ogre' },
		summary: { lv: 'CoLabora Lielvārde atver durvis un iepazīstina ar rezidentiem; Ogres Centrālā bibliotēka rāda koprades konceptu bibliotēkā.', en: 'CoLabora Lielvārde opens its doors and introduces its residents; Ogre Central Library shows coworking in a library.' },
		date: '2022-03-18', start: '10:00', end: '16:00', municipality: 'Ogres novads', capacity: 30, languages: ['lv'],
		stops: [{ kind: 'place', slug: 'colabora-lielvarde', time: '10:00' }, { kind: 'place', slug: 'ogres-centrala-biblioteka', time: '13:30' }], people: [28, 26, 0], demo: false
	},
	{
		key: 'coworking-visit-olaine', kind: 'study_visit', organisation: 'pierigas-partneriba', project: DEMO_PROJECTS.coworking,
		title: { lv: 'Pieredzes brauciens: „Dzīvoklis” Olainē, Tīraine un Mārupe', en: 'Study visit: “Dzīvoklis” in Olaine, Tīraine and Mārupe' },
		summary: { lv: 'Koprades telpa „Dzīvoklis” un tās rezidenti, Biznesa vēstniecība Tīrainē, Mārupes mājražotāju tirdzniecības vieta un tūrisma informācijas punkts.', en: 'The “Dzīvoklis” coworking space and its residents, the Business Embassy in Tīraine, Mārupe’s home producers’ shop and tourist information point.' },
		date: '2022-03-25', start: '10:00', end: '16:30', municipality: 'Olaines novads', capacity: 30, languages: ['lv'],
		stops: [
			{ kind: 'place', slug: 'dzivoklis-olaine', time: '10:00' },
			{ kind: 'place', slug: 'biznesa-vestnieciba', time: '12:30' },
			{ kind: 'sales_point', slug: 'marupes-majrazotaju-tirdzniecibas-vieta', time: '14:30' },
			{ kind: 'place', slug: 'marupes-turisma-informacijas-punkts', time: '15:15' }
		],
		people: [30, 27, 2], demo: false
	},
	// fictional upcoming events (demo)
	{
		key: 'demo-webinar-online-sales', kind: 'webinar', organisation: 'latvijas-lauku-forums', inDays: 9,
		title: { lv: 'Vebinārs: kā pārdot mājražojumus internetā', en: 'Webinar: selling home-made products online', ru: 'Вебинар: как продавать домашнюю продукцию в интернете' },
		summary: { lv: 'E-veikals, sociālie tīkli un piegāde — praktiski padomi mājražotājiem.', en: 'An e-shop, social media and delivery — practical tips for home producers.' },
		start: '18:00', end: '19:30', online: true, capacity: 100, languages: ['lv', 'ru'], funderFields: ['gender', 'age_band', 'municipality', 'employment_status'],
		people: [23, 0, 0], demo: true
	},
	{
		key: 'demo-cheese-workshop', kind: 'workshop', organisation: 'lauku-partneriba-lielupe', inDays: 16,
		title: { lv: 'Kazas siera darbnīca „Ozolkalnā”', en: 'Goat cheese workshop at Ozolkalns' },
		summary: { lv: 'Siera gatavošana no sākuma līdz degustācijai saimniecībā Ozolnieku pagastā.', en: 'Making cheese from start to tasting at a farm in Ozolnieki parish.' },
		start: '11:00', end: '15:00', municipality: 'Jelgavas novads', venueName: '"Ozolkalna" kazu sēta', capacity: 12, languages: ['lv'],
		stops: [{ kind: 'sales_point', slug: 'ozolkalna-kazu-seta', time: '11:00' }], hosts: ['ozolkalna-kazas'],
		questions: [{ kind: 'yesno', label: 'Vai ēdat laktozi?', required: false }], people: [12, 0, 3], demo: true
	},
	{
		key: 'demo-producers-visit', kind: 'study_visit', organisation: 'pierigas-partneriba', inDays: 23,
		title: { lv: 'Pieredzes brauciens pie Pierīgas mājražotājiem', en: 'Study visit to home producers around Rīga' },
		summary: { lv: 'Saimniecības veikals, mājražotāju tirdzniecības vieta un koprades telpa vienā dienā.', en: 'A farm shop, a home producers’ shop and a coworking space in one day.' },
		start: '09:30', end: '17:00', municipality: 'Mārupes novads', capacity: 25, languages: ['lv', 'en'],
		stops: [
			{ kind: 'sales_point', slug: 'kalnmuizas-saimniecibas-veikals', time: '10:30' },
			{ kind: 'sales_point', slug: 'marupes-majrazotaju-tirdzniecibas-vieta', time: '13:30' },
			{ kind: 'place', slug: 'dzivoklis-olaine', time: '15:30' }
		],
		hosts: ['kalnmuizas'], people: [17, 0, 0], demo: true
	},
	{
		key: 'demo-moldova-visit', kind: 'study_visit', organisation: 'latvijas-lauku-forums', inDays: 44, timeZone: 'Europe/Chisinau',
		title: { lv: 'Pieredzes apmaiņa Moldovas Ziemeļu reģionā', en: 'Experience exchange in Moldova’s Northern region', ro: 'Schimb de experiență în Regiunea de Nord a Moldovei' },
		summary: { lv: 'Latvijas un Moldovas vietējās rīcības grupas un uzņēmēji tiekas Bălți.', en: 'Latvian and Moldovan local action groups and entrepreneurs meet in Bălți.', ro: 'Grupurile de acțiune locală și antreprenorii din Letonia și Moldova se întâlnesc la Bălți.' },
		start: '10:00', end: '17:00', venueName: 'Bălți', address: 'Bălți, Republica Moldova', municipality: 'balti', capacity: 40, languages: ['lv', 'ro', 'ru'],
		people: [11, 0, 0], demo: true
	},
	// a fictional workshop that ended last week (demo): its attendees are the ones staff can send a feedback survey to
	{
		key: 'demo-labelling-workshop', kind: 'workshop', organisation: 'pierigas-partneriba', inDays: -6,
		title: { lv: 'Darbnīca: mājražojumu etiķetes un marķējums', en: 'Workshop: labels and labelling for home producers' },
		summary: { lv: 'Kas obligāti jānorāda uz etiķetes un kā to noformēt saprotami pircējam.', en: 'What a label must say, and how to make it clear to the buyer.' },
		start: '10:00', end: '13:00', municipality: 'Ķekavas novads', venueName: 'Ķekavas novada pašvaldības zāle', capacity: 25, languages: ['lv'],
		people: [18, 15, 0], demo: true
	}
];
