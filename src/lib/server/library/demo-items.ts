/**
 * The library's demo items, from the seed documents (../shared/sources): the social-entrepreneurship
 * project's video lectures, handbook and look back (002), and the Latvia–Moldova project's virtual
 * tours and masterclasses (001). The project's own links are real; the tours and masterclasses have
 * no address in the sources, so they point to the partnership's site and are marked demo.
 */
import type { LocalizedText } from '$lib/domain/types';
import type { LibraryKind } from '$lib/forms/library';

export type LibraryDemoItem = {
	slug: string;
	organisation: string;
	project: string;
	/** The demo event it came from (events/demo-data.ts key). */
	event?: string;
	kind: LibraryKind;
	title: LocalizedText;
	summary: LocalizedText;
	language: string;
	author?: string;
	url: string;
	topics: string[];
	isDemo: boolean;
	/** Days before the seed's reference date it was published (the list is newest first). */
	publishedDaysAgo: number;
};

const SOCIAL = 'veiksmigs-socialais-uznemejs-lauku-teritorija';
const MOLDOVA = 'atbalsts-moldovas-regionu-izaugsmei';
const LIELUPE_SITE = 'https://www.partneribalielupe.lv/';

export const LIBRARY_DEMO_ITEMS: LibraryDemoItem[] = [
	{
		slug: 'socialas-uznemejdarbibas-video-lekcijas',
		organisation: 'pierigas-partneriba',
		project: SOCIAL,
		kind: 'link',
		title: { lv: 'Sociālās uzņēmējdarbības video lekcijas', en: 'Video lectures on social entrepreneurship', ro: 'Prelegeri video despre antreprenoriatul social', ru: 'Видеолекции о социальном предпринимательстве' },
		summary: {
			lv: 'Lekciju kopa visiem, kas domā par sociālo uzņēmumu laukos. Projekta noslēguma aptaujā lekcijas kopā ar rokasgrāmatu kā visnoderīgāko nosauca 52 % no 169 aptaujātajiem.',
			en: 'A set of lectures for anyone thinking of a social enterprise in the countryside. In the project’s closing survey, 52 % of the 169 respondents named them, together with the handbook, the most useful part.',
			ro: 'Un set de prelegeri pentru oricine se gândește la o întreprindere socială la sat. În sondajul final al proiectului, 52 % din cei 169 de respondenți le-au numit, împreună cu ghidul, partea cea mai utilă.',
			ru: 'Цикл лекций для всех, кто думает о социальном предприятии в сельской местности. В итоговом опросе проекта 52 % из 169 опрошенных назвали их вместе с пособием самой полезной частью.'
		},
		language: 'lv',
		url: 'https://ej.uz/SU_video_lekcijas',
		topics: ['sociala-uznemejdarbiba', 'biznesa-ideja'],
		isDemo: false,
		publishedDaysAgo: 40
	},
	{
		slug: 'socialas-uznemejdarbibas-rokasgramata',
		organisation: 'pierigas-partneriba',
		project: SOCIAL,
		kind: 'link',
		title: { lv: 'Rokasgrāmata sociālās uzņēmējdarbības uzsācējiem', en: 'A handbook for starting a social enterprise', ro: 'Ghid pentru cei care pornesc o întreprindere socială', ru: 'Пособие для начинающих социальных предпринимателей' },
		summary: {
			lv: 'Praktiska rokasgrāmata, kas tapa LEADER sadarbības projektā piecu partnerību teritorijās. Lejupielāde ir bez maksas.',
			en: 'A practical handbook written in a LEADER cooperation project across the territories of five partnerships. Free to download.',
			ro: 'Un ghid practic scris într-un proiect de cooperare LEADER în teritoriile a cinci parteneriate. Se descarcă gratuit.',
			ru: 'Практическое пособие, подготовленное в проекте сотрудничества LEADER на территориях пяти партнёрств. Скачивание бесплатное.'
		},
		language: 'lv',
		url: 'https://ej.uz/SUrokasgramata_LEADER',
		topics: ['sociala-uznemejdarbiba', 'finansejums'],
		isDemo: false,
		publishedDaysAgo: 40
	},
	{
		slug: 'socialais-uznemejs-video-atskats',
		organisation: 'pierigas-partneriba',
		project: SOCIAL,
		kind: 'link',
		title: { lv: 'Video atskats: veiksmīgs sociālais uzņēmējs lauku teritorijā', en: 'Looking back on video: a successful social entrepreneur in the countryside', ro: 'Retrospectivă video: un antreprenor social de succes la sat', ru: 'Видеообзор: успешный социальный предприниматель в сельской местности' },
		summary: {
			lv: 'Divi gadi, desmit novadi, gandrīz 300 dalībnieku: darbnīcas, ideju laboratorija, mentorings un pieredzes braucieni īsā video.',
			en: 'Two years, ten municipalities, almost 300 participants: workshops, the idea lab, mentoring and study visits in a short video.',
			ro: 'Doi ani, zece municipalități, aproape 300 de participanți: ateliere, laboratorul de idei, mentorat și vizite de studiu într-un video scurt.',
			ru: 'Два года, десять краёв, почти 300 участников: мастерские, лаборатория идей, менторинг и учебные поездки в коротком видео.'
		},
		language: 'lv',
		url: 'https://ej.uz/videoSoci%C4%81l%C4%81uz%C5%86%C4%93m%C4%93jdarb%C4%ABba',
		topics: ['sociala-uznemejdarbiba'],
		isDemo: false,
		publishedDaysAgo: 39
	},
	{
		slug: 'lielplatones-muizas-vesuzis',
		organisation: 'lauku-partneriba-lielupe',
		project: MOLDOVA,
		event: 'lvmd-tour-vesuzis',
		kind: 'virtual_tour',
		title: { lv: 'Virtuālā ekskursija: Lielplatones muižas „Vešūzis”', en: 'Virtual tour: the “Vešūzis” laundry of Lielplatone manor', ro: 'Tur virtual: spălătoria „Vešūzis” a conacului Lielplatone', ru: 'Виртуальная экскурсия: прачечная «Вешузис» усадьбы Лиелплатоне' },
		summary: {
			lv: 'Kā muižās 18. un 19. gadsimtā mazgāja veļu. Ekskursija tapa Moldovas partneru virtuālajai viesošanās dienai Jelgavas novadā.',
			en: 'How laundry was done in manors in the 18th and 19th centuries. Made for the Moldovan partners’ virtual visit to Jelgava municipality.',
			ro: 'Cum se spăla rufele în conace în secolele XVIII și XIX. Realizat pentru vizita virtuală a partenerilor din Moldova în municipalitatea Jelgava.',
			ru: 'Как стирали бельё в усадьбах XVIII и XIX веков. Подготовлено для виртуального визита молдавских партнёров в Елгавский край.'
		},
		language: 'lv',
		url: LIELUPE_SITE,
		topics: ['lauku-turisms', 'sadarbiba'],
		isDemo: true,
		publishedDaysAgo: 30
	},
	{
		slug: 'svetes-pils-atjaunosana',
		organisation: 'lauku-partneriba-lielupe',
		project: MOLDOVA,
		event: 'lvmd-tour-svete',
		kind: 'virtual_tour',
		title: { lv: 'Virtuālā ekskursija: Svētes pils atjaunošana', en: 'Virtual tour: restoring Svēte palace', ro: 'Tur virtual: restaurarea palatului Svēte', ru: 'Виртуальная экскурсия: восстановление дворца Свете' },
		summary: {
			lv: 'Biedrības „Novada mantojums” iniciatīva pils atjaunošanā: ko vietējie cilvēki paveic paši.',
			en: 'The “Novada mantojums” society’s initiative to restore the palace: what local people do themselves.',
			ro: 'Inițiativa asociației „Novada mantojums” de a restaura palatul: ce fac oamenii locului singuri.',
			ru: 'Инициатива общества «Novada mantojums» по восстановлению дворца: что местные жители делают сами.'
		},
		language: 'lv',
		url: LIELUPE_SITE,
		topics: ['lauku-turisms', 'sadarbiba'],
		isDemo: true,
		publishedDaysAgo: 30
	},
	{
		slug: 'dabigo-augu-skrubja-gatavosana',
		organisation: 'lauku-partneriba-lielupe',
		project: MOLDOVA,
		event: 'lvmd-masterclass-scrub',
		kind: 'link',
		title: { lv: 'Meistarklase: skrubis no dabīgiem augiem', en: 'Masterclass: a scrub from natural plants', ro: 'Masterclass: scrub din plante naturale', ru: 'Мастер-класс: скраб из натуральных растений' },
		summary: {
			lv: 'Z/s „Dārziņi-2” rāda, kā pagatavot skrubi no dabīgiem augiem. Moldovas dalībnieki materiālus saņēma iepriekš un gatavoja līdzi.',
			en: 'The “Dārziņi-2” farm shows how to make a scrub from natural plants. The Moldovan participants got the materials beforehand and made it along.',
			ro: 'Ferma „Dārziņi-2” arată cum se face un scrub din plante naturale. Participanții din Moldova au primit materialele dinainte și au lucrat împreună.',
			ru: 'Хозяйство «Dārziņi-2» показывает, как приготовить скраб из натуральных растений. Участники из Молдовы заранее получили материалы и готовили вместе.'
		},
		language: 'lv',
		author: 'Z/s “Dārziņi-2”',
		url: LIELUPE_SITE,
		topics: ['amatnieciba', 'sadarbiba'],
		isDemo: true,
		publishedDaysAgo: 31
	},
	{
		slug: 'skalu-grozu-pisana',
		organisation: 'lauku-partneriba-lielupe',
		project: MOLDOVA,
		event: 'lvmd-masterclass-baskets',
		kind: 'link',
		title: { lv: 'Meistarklase: skalu grozu pīšana', en: 'Masterclass: weaving splint baskets', ro: 'Masterclass: împletirea coșurilor din șipci', ru: 'Мастер-класс: плетение корзин из щепы' },
		summary: {
			lv: 'Intas Bendrupas darbnīca: kā no skaliem top grozs. Viena no divām Jelgavas novada virtuālajām meistarklasēm Moldovas amatniekiem.',
			en: 'Inta Bendrupa’s workshop: how a basket is made from splints. One of Jelgava municipality’s two virtual masterclasses for Moldovan craftspeople.',
			ro: 'Atelierul Intei Bendrupa: cum se face un coș din șipci. Unul dintre cele două masterclass-uri virtuale ale municipalității Jelgava pentru meșterii din Moldova.',
			ru: 'Мастерская Инты Бендрупы: как из щепы получается корзина. Один из двух виртуальных мастер-классов Елгавского края для ремесленников Молдовы.'
		},
		language: 'lv',
		author: 'Inta Bendrupa',
		url: LIELUPE_SITE,
		topics: ['amatnieciba', 'sadarbiba'],
		isDemo: true,
		publishedDaysAgo: 31
	}
];
