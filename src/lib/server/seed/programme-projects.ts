/**
 * The seed documents' real projects (shared/sources 001–004): numbers, programmes, funders,
 * partners, territories, dates, goals and result figures as the documents give them. Where a
 * document is silent the field stays empty; the one assumption is marked where it is made.
 */
import type { LocalizedText } from './types';

export type ProjectSeed = {
	slug: string;
	/** The organisation whose workspace keeps it. */
	organisation: string;
	number?: string;
	title: LocalizedText;
	summary: LocalizedText;
	programme?: LocalizedText;
	subMeasure?: LocalizedText;
	funder?: LocalizedText;
	acknowledgement?: LocalizedText;
	goals?: LocalizedText;
	startsOn?: string;
	endsOn?: string;
	website?: string;
	/** Directory organisations by slug, or a name and country. */
	partners: { role: 'lead' | 'partner'; organisation?: string; name?: string; country?: string; website?: string }[];
	/** Territory slugs (LV municipalities and regions) or ISO 3166-2 codes (Moldovan units). */
	territories: string[];
	results: { value: number; unit?: LocalizedText; label: LocalizedText }[];
};

const LAP = { lv: 'Latvijas Lauku attīstības programma 2014.–2020. gadam', en: 'Rural Development Programme of Latvia 2014–2020', ro: 'Programul de dezvoltare rurală al Letoniei 2014–2020', ru: 'Программа развития сельских территорий Латвии на 2014–2020 годы' };
const COOPERATION = { lv: 'Starpteritoriālā un starpvalstu sadarbība', en: 'Inter-territorial and transnational cooperation', ro: 'Cooperare interteritorială și transnațională', ru: 'Межтерриториальное и транснациональное сотрудничество' };
const PERCENT = { lv: '%' };

export const projectSeeds: ProjectSeed[] = [
	{
		slug: 'veiksmigs-socialais-uznemejs-lauku-teritorija',
		organisation: 'pierigas-partneriba',
		number: '19-00-A019.332-000009',
		title: { lv: 'Veiksmīgs sociālais uzņēmējs lauku teritorijā', en: 'A successful social entrepreneur in the countryside', ro: 'Antreprenor social de succes în mediul rural', ru: 'Успешный социальный предприниматель в сельской местности' },
		summary: {
			lv: 'Divus gadus piecas vietējās rīcības grupas desmit novadu pašvaldībās stāstīja par sociālo uzņēmējdarbību un palīdzēja to sākt: darbnīcas, biznesa ideju laboratorija, piecu mēnešu mentorings un pieredzes braucieni.',
			en: 'For two years five local action groups in ten municipalities explained social entrepreneurship and helped people start: workshops, a business-idea lab, five months of mentoring and study visits.',
			ro: 'Timp de doi ani, cinci grupuri de acțiune locală din zece municipii au prezentat antreprenoriatul social și au ajutat oamenii să înceapă: ateliere, un laborator de idei de afaceri, cinci luni de mentorat și vizite de studiu.',
			ru: 'Два года пять местных инициативных групп в десяти самоуправлениях рассказывали о социальном предпринимательстве и помогали начать: мастерские, лаборатория бизнес-идей, пятимесячное наставничество и ознакомительные поездки.'
		},
		programme: LAP,
		subMeasure: COOPERATION,
		funder: { lv: 'Zemkopības ministrija un Lauku atbalsta dienests', en: 'Ministry of Agriculture and Rural Support Service of Latvia' },
		acknowledgement: {
			lv: 'LEADER sadarbības projekts „Veiksmīgs sociālais uzņēmējs lauku teritorijā”, projekta Nr. 19-00-A019.332-000009, tiek īstenots Latvijas Lauku attīstības programmas 2014.–2020. gadam apakšpasākuma „Starpteritoriālā un starpvalstu sadarbība” ietvaros.'
		},
		goals: {
			lv: 'Popularizēt sociālo uzņēmējdarbību lauku teritorijās\nAktivizēt un attīstīt sociālo uzņēmējdarbību\nVeicināt iedzīvotāju, uzņēmēju un pašvaldību sadarbību un izpratni par sociālo uzņēmējdarbību kā līdzvērtīgu uzņēmējdarbības virzienu',
			en: 'Make social entrepreneurship known in rural areas\nGet social enterprises started and growing\nBring residents, businesses and municipalities together and show social entrepreneurship as a business like any other'
		},
		website: 'https://daugavkrasts.lv',
		partners: [
			// the project's contact address is the Daugavkrasts partnership's; the page was published by Pierīgas partnerība
			{ role: 'lead', name: 'Partnerība „Daugavkrasts”', country: 'LV', website: 'https://daugavkrasts.lv' },
			{ role: 'partner', organisation: 'pierigas-partneriba' }
		],
		territories: ['gulbenes-novads', 'jelgavas-novads', 'kekavas-novads', 'kuldigas-novads', 'marupes-novads', 'olaines-novads'],
		results: [
			{ value: 300, label: { lv: 'dalībnieku visos projekta pasākumos (gandrīz)', en: 'participants in all the project’s events (almost)' } },
			{ value: 15, unit: PERCENT, label: { lv: 'dalībnieku apmeklēja vairākus vai visus pasākumus', en: 'of participants came to several or all events' } },
			{ value: 169, label: { lv: 'dalībnieki atbildēja noslēguma aptaujā', en: 'participants answered the final survey' } },
			{ value: 46, unit: PERCENT, label: { lv: 'respondentu paplašināja redzesloku par sociālo uzņēmējdarbību', en: 'of respondents widened their view of social entrepreneurship' } },
			{ value: 9, label: { lv: 'dalībnieki veido sociālos uzņēmumus', en: 'participants are founding social enterprises' } },
			{ value: 9, label: { lv: 'dalībnieki jau kļuvuši par sociālajiem uzņēmējiem', en: 'participants already run a social enterprise' } }
		]
	},
	{
		slug: 'atbalsts-moldovas-regionu-izaugsmei',
		organisation: 'latvijas-lauku-forums',
		title: {
			lv: 'Atbalsts Moldovas reģionu izaugsmei, sekmējot spēju pielāgoties ārkārtas situācijas apstākļiem un mazinot COVID-19 radītās sekas ilgtermiņā',
			en: 'Supporting the growth of Moldova’s regions: coping with emergencies and easing the long-term effects of COVID-19',
			ro: 'Sprijin pentru creșterea regiunilor Republicii Moldova: adaptarea la situații de urgență și atenuarea efectelor pe termen lung ale COVID-19',
			ru: 'Поддержка развития регионов Молдовы: адаптация к чрезвычайным ситуациям и смягчение долгосрочных последствий COVID-19'
		},
		summary: {
			lv: 'Latvijas lauku partnerības tiešsaistē nodeva savu LEADER pieredzi Moldovas Ziemeļu reģiona uzņēmējiem un vietējām rīcības grupām: 12 vebināri, virtuālas meistarklases un ekskursijas, zīmolu grāmatas trim uzņēmējiem.',
			en: 'Latvian rural partnerships passed their LEADER experience on, online, to businesses and local action groups of Moldova’s Northern region: 12 webinars, virtual masterclasses and tours, and brand books for three entrepreneurs.',
			ro: 'Parteneriatele rurale din Letonia și-au transmis online experiența LEADER antreprenorilor și grupurilor de acțiune locală din Regiunea de Nord a Republicii Moldova: 12 webinare, ateliere și vizite virtuale și ghiduri de brand pentru trei antreprenori.',
			ru: 'Сельские партнёрства Латвии онлайн передали свой опыт LEADER предпринимателям и местным инициативным группам Северного региона Молдовы: 12 вебинаров, виртуальные мастер-классы и экскурсии, брендбуки для трёх предпринимателей.'
		},
		programme: { lv: 'Latvijas attīstības sadarbības budžets, 2020', en: 'Latvian development cooperation budget, 2020', ro: 'Bugetul de cooperare pentru dezvoltare al Letoniei, 2020', ru: 'Бюджет сотрудничества в целях развития Латвии, 2020' },
		funder: { lv: 'Latvijas Republikas Ārlietu ministrija', en: 'Ministry of Foreign Affairs of Latvia', ro: 'Ministerul Afacerilor Externe al Letoniei', ru: 'Министерство иностранных дел Латвии' },
		acknowledgement: {
			lv: 'Projekts saņēmis Ārlietu ministrijas finansējumu 2020. gadā no attīstības sadarbības budžeta.',
			en: 'The project was funded in 2020 by the Ministry of Foreign Affairs of Latvia from the development cooperation budget.'
		},
		goals: {
			lv: 'Stiprināt vietējās uzņēmējdarbības attīstību Moldovas Ziemeļu reģionā\nIzveidot digitālo platformu Moldovas mazo un vidējo uzņēmumu, pašvaldību un Latvijas un Moldovas uzņēmēju sadarbībai\nNodot Latvijas lauku partnerību pieredzi Moldovas vietējām rīcības grupām, kas tikai sāk LEADER pieeju',
			ro: 'Consolidarea antreprenoriatului local în Regiunea de Nord a Republicii Moldova\nO platformă digitală pentru cooperarea IMM-urilor și primăriilor din Moldova cu antreprenorii din Letonia și Moldova\nTransmiterea experienței parteneriatelor rurale din Letonia către grupurile de acțiune locală din Moldova, care abia încep abordarea LEADER',
			ru: 'Укрепить местное предпринимательство в Северном регионе Молдовы\nСоздать цифровую платформу для сотрудничества малых и средних предприятий и самоуправлений Молдовы с предпринимателями Латвии и Молдовы\nПередать опыт сельских партнёрств Латвии местным инициативным группам Молдовы, которые только начинают работу по подходу LEADER'
		},
		startsOn: '2020-07-01',
		endsOn: '2020-12-31',
		partners: [
			{ role: 'lead', organisation: 'latvijas-lauku-forums' },
			{ role: 'partner', organisation: 'lauku-partneriba-lielupe' },
			{ role: 'partner', name: 'Vietējās rīcības grupas Moldovas Ziemeļu reģionā', country: 'MD' }
		],
		territories: ['MD-BA', 'MD-BR', 'MD-DO', 'MD-DR', 'MD-ED', 'MD-FA', 'MD-FL', 'MD-GL', 'MD-OC', 'MD-RI', 'MD-SD', 'MD-SO'],
		results: [
			{ value: 12, label: { lv: 'vebināri par Latvijas pieredzi', en: 'webinars on Latvian experience', ro: 'webinare despre experiența Letoniei', ru: 'вебинаров об опыте Латвии' } },
			{ value: 2, label: { lv: 'virtuālās meistarklases no Jelgavas novada', en: 'virtual masterclasses from Jelgavas novads', ro: 'ateliere virtuale din Jelgavas novads', ru: 'виртуальных мастер-класса из Елгавского края' } },
			{ value: 2, label: { lv: 'virtuālās ekskursijas Jelgavas novadā', en: 'virtual tours in Jelgavas novads', ro: 'vizite virtuale în Jelgavas novads', ru: 'виртуальные экскурсии по Елгавскому краю' } },
			{ value: 3, label: { lv: 'uzņēmēji saņem zīmolu grāmatas', en: 'entrepreneurs receive brand books', ro: 'antreprenori primesc ghiduri de brand', ru: 'предпринимателя получают брендбуки' } }
		]
	},
	{
		slug: 'coworking-spaces-in-rural-areas',
		organisation: 'pierigas-partneriba',
		number: '18-00-A019.333-000015',
		title: { lv: 'European cooperation project on coworking spaces in rural areas', en: 'European cooperation project on coworking spaces in rural areas' },
		summary: {
			lv: 'Starptautisks LEADER sadarbības projekts par koprades telpām laukos: rezidentu satikšanās un divi pieredzes braucieni pie koprades telpām un biznesa inkubatoriem Pierīgā un Ogrē.',
			en: 'An international LEADER cooperation project on rural coworking spaces: residents meeting and two study visits to coworking spaces and business incubators around Riga and in Ogre.'
		},
		programme: LAP,
		subMeasure: COOPERATION,
		funder: { lv: 'Eiropas Lauksaimniecības fonds lauku attīstībai', en: 'European Agricultural Fund for Rural Development' },
		acknowledgement: {
			lv: 'Starptautiskais sadarbības projekts „European cooperation project on coworking spaces in rural areas” Nr. 18-00-A019.333-000015 tiek īstenots ar Eiropas Lauksaimniecības fonda lauku attīstībai atbalstu Latvijas Lauku attīstības programmas 2014.–2020. gadam apakšpasākumā „Starpteritoriālā un starpvalstu sadarbība”.'
		},
		goals: {
			lv: 'Attīstīt koprades telpas lauku teritorijās\nĻaut rezidentiem iepazīt vienam otru, lai kopā attīstītu mazas biznesa idejas un projektus\nMācīties no esošo koprades telpu un biznesa inkubatoru pieredzes, arī no kļūdām',
			en: 'Develop coworking spaces in rural areas\nLet residents get to know each other and grow small business ideas and projects together\nLearn from existing coworking spaces and business incubators, mistakes included'
		},
		partners: [{ role: 'partner', organisation: 'pierigas-partneriba' }],
		territories: ['marupes-novads', 'olaines-novads', 'ogres-novads', 'jurmala'],
		results: [
			{ value: 2, label: { lv: 'pieredzes apmaiņas braucieni', en: 'study visits' } },
			{ value: 5, label: { lv: 'apmeklētas koprades telpas un uzņēmējdarbības atbalsta vietas', en: 'coworking spaces and business support places visited' } }
		]
	},
	{
		slug: 'here-social-economy-of-proximity',
		organisation: 'patverums-drosa-maja',
		number: '020-1-LV01-KA204-077456',
		title: { lv: 'HERE – Social Economy of Proximity', en: 'HERE – Social Economy of Proximity' },
		summary: {
			lv: 'Erasmus+ projekts par tuvuma sociālo ekonomiku: sešos reģionos trīs valstīs izpēta uzņēmējdarbības potenciālu un veido biznesa inkubatoru, kurā mentori palīdz uzsākt savu biznesu cilvēkiem, kam grūti iekļauties darba tirgū.',
			en: 'An Erasmus+ project on the social economy of proximity: it studies the business potential of six regions in three countries and builds a business incubator where mentors help people who struggle to enter the labour market start a business.'
		},
		programme: { lv: 'Erasmus+, stratēģiskās partnerības pieaugušo izglītībā (KA204)', en: 'Erasmus+, strategic partnerships for adult education (KA204)' },
		funder: { lv: 'Eiropas Savienība', en: 'European Union' },
		acknowledgement: {
			lv: 'Projektu „HERE – Social Economy of Proximity” īsteno biedrība „Patvērums „Drošā māja”” un partneri. Projektu līdzfinansē Eiropas Savienība. Granta līgums Nr. 020-1-LV01-KA204-077456.'
		},
		goals: {
			lv: 'Atpazīt un izpētīt vāji attīstītus reģionus un izvēlēties projekta īstenošanas vietas\nIntervijās ar iedzīvotājiem, uzņēmējiem, NVO, pašvaldībām un valsts iestādēm noskaidrot reģionu uzņēmējdarbības potenciālu\nIzveidot biznesa inkubatoru, kurā profesionāļi un mentori palīdz uzsākt un attīstīt biznesa ideju',
			en: 'Identify and study under-developed regions and choose where the project works\nFind each region’s business potential in interviews with residents, businesses, NGOs, municipalities and state bodies\nSet up a business incubator where professionals and mentors help people start and grow a business idea'
		},
		startsOn: '2020-11-01',
		// assumed: the usual 24 months of a 2020 KA204 grant (the source gives the start only)
		endsOn: '2022-10-31',
		website: 'https://patverums-dm.lv',
		partners: [{ role: 'lead', organisation: 'patverums-drosa-maja' }],
		territories: [],
		results: [
			{ value: 6, label: { lv: 'reģioni, kuros projekts darbojas', en: 'regions the project works in' } },
			{ value: 3, label: { lv: 'valstis', en: 'countries' } }
		]
	}
];
