/**
 * The demo offers and requests (issue 19): the Latvia–Moldova cooperation project of the seed
 * documents — Latvijas Lauku forums as lead, Lauku partnerība "Lielupe" with its webinars, virtual
 * masterclasses and tours from Jelgavas novads, Moldovan LAGs starting LEADER and building their
 * entrepreneurs' databases, Northern-region producers (Bălți, Soroca, Edineț, Drochia) looking for
 * Latvian buyers and know-how. Owners are the demo and real listings the seed already loads.
 */
import type { CooperationDirection, CooperationKind } from '$lib/domain/cooperation/kinds';
import type { CooperationStatus } from '../db/schema';

/** Text in some of the four languages: a Moldovan profile need not have Latvian. */
type Text = Partial<Record<'lv' | 'en' | 'ro' | 'ru', string>>;

export type DemoProfile = {
	slug: string;
	owner: { producer: string } | { organisation: string };
	direction: CooperationDirection;
	kind: CooperationKind;
	title: Text;
	description: Text;
	sectors: string[];
	countries: string[];
	regions: string[];
	languages: string[];
	contact: { name: string; email: string };
	status: CooperationStatus;
	/** Days before the seed's END_DATE it was published. */
	age: number;
};

const NORD = ['balti', 'soroca-rajons', 'edinet-rajons', 'drochia-rajons'];

export const DEMO_PROFILES: DemoProfile[] = [
	{
		slug: 'leader-pieredze-moldovas-vrg',
		owner: { organisation: 'latvijas-lauku-forums' },
		direction: 'offer',
		kind: 'know_how',
		title: { lv: 'LEADER pieredze Moldovas vietējām rīcības grupām', en: 'LEADER experience for Moldovan local action groups', ro: 'Experiența LEADER pentru grupurile de acțiune locală din Moldova', ru: 'Опыт LEADER для местных инициативных групп Молдовы' },
		description: {
			lv: 'Latvijas Lauku forums kā sadarbības projekta vadošais partneris piedāvā vebinārus par vietējās attīstības stratēģijām, projektu vērtēšanu un sabiedrības iesaisti jaunajām Moldovas VRG.',
			ro: 'Forumul Rural din Letonia, partener principal al proiectului de cooperare, oferă webinare despre strategiile de dezvoltare locală, evaluarea proiectelor și implicarea comunității pentru GAL-urile noi din Moldova.',
			ru: 'Латвийский сельский форум, ведущий партнёр проекта сотрудничества, предлагает вебинары о стратегиях местного развития, оценке проектов и вовлечении жителей для новых МИГ Молдовы.'
		},
		sectors: [],
		countries: ['MD'],
		regions: NORD,
		languages: ['lv', 'ru', 'en'],
		contact: { name: 'Projekta koordinators', email: 'sadarbiba@laukuforums.example.lv' },
		status: 'published',
		age: 40
	},
	{
		slug: 'virtualas-meistarklases-jelgavas-novada',
		owner: { organisation: 'lauku-partneriba-lielupe' },
		direction: 'offer',
		kind: 'tourism_package',
		title: { lv: 'Virtuālās ekskursijas un meistarklases Jelgavas novadā', en: 'Virtual tours and masterclasses in Jelgavas novads', ro: 'Vizite virtuale și ateliere în Jelgavas novads', ru: 'Виртуальные экскурсии и мастер-классы в Елгавском крае' },
		description: {
			lv: 'Lauku partnerība "Lielupe" rāda mājražotājus, amatniekus un lauku tūrisma saimniecības: divas virtuālas ekskursijas un divas meistarklases, pēc tam – pieredzes brauciens grupām no Moldovas.',
			ro: 'Parteneriatul rural „Lielupe” prezintă producători de casă, meșteșugari și gospodării de turism rural: două vizite virtuale și două ateliere, apoi o vizită de studiu pentru grupuri din Moldova.'
		},
		sectors: [],
		countries: ['MD'],
		regions: [],
		languages: ['lv', 'ru'],
		contact: { name: 'Lauku partnerības "Lielupe" birojs', email: 'birojs@lielupe.example.lv' },
		status: 'published',
		age: 35
	},
	{
		slug: 'gal-nord-vest-sprijin-leader',
		owner: { organisation: 'gal-nord-vest-demo' },
		direction: 'request',
		kind: 'know_how',
		title: { ro: 'Sprijin pentru începutul LEADER: strategie și baza de date a antreprenorilor', ru: 'Поддержка на старте LEADER: стратегия и база данных предпринимателей', lv: 'Atbalsts LEADER sākumam: stratēģija un uzņēmēju datubāze' },
		description: {
			ro: 'GAL-ul nostru din raionul Edineț abia începe abordarea LEADER. Căutăm un parteneriat rural din Letonia care să ne arate cum se scrie strategia și cum se ține baza de date a antreprenorilor locali.',
			ru: 'Наша МИГ в Единецком районе только начинает работу по LEADER. Ищем сельское партнёрство из Латвии, которое покажет, как писать стратегию и вести базу данных местных предпринимателей.'
		},
		sectors: [],
		countries: ['LV'],
		regions: [],
		languages: ['ro', 'ru'],
		contact: { name: 'Maria Ciobanu', email: 'gal.nordvest@example.md' },
		status: 'published',
		age: 30
	},
	{
		slug: 'gal-lunca-nistrului-partener-letonia',
		owner: { organisation: 'gal-lunca-nistrului-demo' },
		direction: 'request',
		kind: 'project_partner',
		title: { ro: 'GAL partener din Letonia pentru un proiect de cooperare', ru: 'МИГ-партнёр из Латвии для проекта сотрудничества', lv: 'Partnera VRG no Latvijas sadarbības projektam' },
		description: {
			ro: 'GAL Lunca Nistrului (Soroca) caută un grup de acțiune locală din Letonia pentru un proiect comun despre turismul rural de-a lungul Nistrului și vânzarea produselor locale.',
			ru: 'МИГ Lunca Nistrului (Сорока) ищет местную инициативную группу из Латвии для совместного проекта о сельском туризме вдоль Днестра и продаже местной продукции.'
		},
		sectors: [],
		countries: ['LV'],
		regions: [],
		languages: ['ro', 'ru'],
		contact: { name: 'Ion Rusu', email: 'gal.luncanistrului@example.md' },
		status: 'published',
		age: 28
	},
	{
		slug: 'lielupe-mekle-moldovas-vrg-projektam',
		owner: { organisation: 'lauku-partneriba-lielupe' },
		direction: 'request',
		kind: 'project_partner',
		title: { lv: 'Meklējam Moldovas VRG kopīgam LEADER sadarbības projektam', en: 'Looking for a Moldovan LAG for a joint LEADER cooperation project', ro: 'Căutăm un GAL din Moldova pentru un proiect comun de cooperare LEADER', ru: 'Ищем МИГ Молдовы для совместного проекта сотрудничества LEADER' },
		description: {
			lv: 'Pēc kopīgā projekta ar Moldovas Ziemeļu reģionu vēlamies turpināt: mājražotāju tirgi, zīmolu grāmatas uzņēmējiem un pieredzes apmaiņa starp VRG.',
			ro: 'După proiectul comun cu Regiunea de Nord a Moldovei dorim să continuăm: piețe ale producătorilor de casă, ghiduri de brand pentru antreprenori și schimb de experiență între GAL-uri.'
		},
		sectors: [],
		countries: ['MD'],
		regions: ['soroca-rajons', 'edinet-rajons'],
		languages: ['lv', 'ru', 'en'],
		contact: { name: 'Lauku partnerības "Lielupe" birojs', email: 'birojs@lielupe.example.lv' },
		status: 'published',
		age: 26
	},
	{
		slug: 'miere-de-salcam-din-balti-pentru-letonia',
		owner: { producer: 'prisaca-albinuta-din-balti' },
		direction: 'offer',
		kind: 'distribution',
		title: { ro: 'Miere de salcâm și de tei din Bălți pentru magazine din Letonia', ru: 'Акациевый и липовый мёд из Бельц для магазинов Латвии', lv: 'Akācijas un liepu medus no Belcu veikaliem Latvijā' },
		description: {
			ro: 'Prisaca noastră produce anual miere de salcâm și de tei. Căutăm un distribuitor sau magazine de produse locale din Letonia; putem livra în borcane etichetate în letonă.',
			ru: 'Наша пасека ежегодно производит акациевый и липовый мёд. Ищем дистрибьютора или магазины местной продукции в Латвии; можем поставлять в банках с этикеткой на латышском.'
		},
		sectors: ['medus'],
		countries: ['LV'],
		regions: [],
		languages: ['ro', 'ru', 'en'],
		contact: { name: 'Vasile Albu', email: 'albinuta@example.md' },
		status: 'published',
		age: 21
	},
	{
		slug: 'liepziedi-mekle-akacijas-medu',
		owner: { producer: 'bisu-drava-liepziedi' },
		direction: 'request',
		kind: 'sourcing',
		title: { lv: 'Meklējam akācijas medus piegādātāju no Moldovas', en: 'Looking for an acacia honey supplier from Moldova', ro: 'Căutăm un furnizor de miere de salcâm din Moldova', ru: 'Ищем поставщика акациевого мёда из Молдовы' },
		description: {
			lv: 'Mūsu dravai Vircavas pagastā trūkst akācijas medus, ko pircēji tirgos prasa. Meklējam Moldovas biškopi, kas var piegādāt 200–300 kg sezonā.',
			ru: 'Нашей пасеке в Вирцавской волости не хватает акациевого мёда, который спрашивают покупатели. Ищем пчеловода из Молдовы, который может поставить 200–300 кг за сезон.'
		},
		sectors: ['medus'],
		countries: ['MD'],
		regions: NORD,
		languages: ['lv', 'ru'],
		contact: { name: 'Ilze Liepa', email: 'liepziedi@example.lv' },
		status: 'published',
		age: 18
	},
	{
		slug: 'branzeturi-edinet-know-how-etichetare',
		owner: { producer: 'branzeturi-edinet' },
		direction: 'request',
		kind: 'know_how',
		title: { ro: 'Know-how pentru brânzeturi artizanale și etichetare pentru piața UE', ru: 'Опыт ремесленного сыроделия и маркировки для рынка ЕС', lv: 'Pieredze amatniecības siera ražošanā un marķēšanā ES tirgum' },
		description: {
			ro: 'Facem brânză de oaie și telemea în Edineț. Dorim să învățăm de la o mică brânzărie din Letonia cerințele de igienă și etichetare pentru a vinde în UE.',
			ru: 'Мы делаем овечью брынзу и телемя в Единцах. Хотим научиться у небольшой сыроварни из Латвии требованиям гигиены и маркировки для продаж в ЕС.'
		},
		sectors: ['piena-produkti-un-siers'],
		countries: ['LV'],
		regions: [],
		languages: ['ro', 'ru'],
		contact: { name: 'Elena Munteanu', email: 'branzeturi.edinet@example.md' },
		status: 'published',
		age: 15
	},
	{
		slug: 'siera-darbnica-musa-meistarklase',
		owner: { producer: 'siera-darbnica-musa' },
		direction: 'offer',
		kind: 'know_how',
		title: { lv: 'Meistarklase mazā siera ražošanā un ES marķējumā', en: 'A masterclass in small-scale cheese making and EU labelling', ro: 'Atelier de producție a brânzei la scară mică și etichetare UE', ru: 'Мастер-класс по малому сыроделию и маркировке ЕС' },
		description: {
			lv: 'Bauskas siera darbnīca piedāvā tiešsaistes meistarklasi un pieredzes apmaiņu ar Moldovas siera ražotājiem: higiēnas plāns, etiķetes un pārdošana tirgos.',
			ru: 'Сыроварня из Бауски предлагает онлайн-мастер-класс и обмен опытом с сыроварами Молдовы: план гигиены, этикетки и продажи на рынках.'
		},
		sectors: ['piena-produkti-un-siers'],
		countries: ['MD'],
		regions: [],
		languages: ['lv', 'ru', 'en'],
		contact: { name: 'Anna Mūsiņa', email: 'musa@example.lv' },
		status: 'published',
		age: 12
	},
	{
		slug: 'covoare-din-cosauti-ateliere-turisti',
		owner: { producer: 'covoare-din-cosauti' },
		direction: 'offer',
		kind: 'tourism_package',
		title: { ro: 'Ateliere de țesut covoare pentru grupuri de turiști din Letonia', ru: 'Мастерские ковроткачества для туристических групп из Латвии', lv: 'Paklāju aušanas darbnīcas tūristu grupām no Latvijas' },
		description: {
			ro: 'În Cosăuți (raionul Soroca) primim grupuri la războiul de țesut: o oră de atelier, povestea modelelor și covoare de vânzare. Căutăm agenții și parteneriate rurale din Letonia.',
			ru: 'В Косэуць (Сорокский район) принимаем группы у ткацкого станка: час мастерской, история узоров и ковры на продажу. Ищем агентства и сельские партнёрства из Латвии.'
		},
		sectors: ['tekstils'],
		countries: ['LV'],
		regions: [],
		languages: ['ro', 'ru'],
		contact: { name: 'Ana Cojocaru', email: 'covoare.cosauti@example.md' },
		status: 'published',
		age: 9
	},
	{
		slug: 'mere-si-suc-din-drochia',
		owner: { producer: 'livada-pelinia' },
		direction: 'offer',
		kind: 'distribution',
		title: { ro: 'Mere și suc de mere din Drochia pentru cumpărători din Letonia și Lituania', ru: 'Яблоки и яблочный сок из Дрокии для покупателей в Латвии и Литве', lv: 'Āboli un ābolu sula no Drokijas pircējiem Latvijā un Lietuvā' },
		description: {
			ro: 'Livada din Pelinia are 40 ha de meri. Oferim mere de masă și suc presat la rece pentru magazine, cantine școlare și distribuitori.',
			ru: 'Сад в Пелинии — 40 га яблонь. Предлагаем столовые яблоки и сок холодного отжима для магазинов, школьных столовых и дистрибьюторов.'
		},
		sectors: ['augli-un-ogas', 'dzerieni'],
		countries: ['LV', 'LT'],
		regions: [],
		languages: ['ro', 'ru'],
		contact: { name: 'Petru Rotaru', email: 'livada.pelinia@example.md' },
		status: 'pending',
		age: 3
	},
	{
		slug: 'legume-de-la-soroca-cumparator',
		owner: { producer: 'legume-de-la-soroca' },
		direction: 'request',
		kind: 'distribution',
		title: { ro: 'Căutăm un cumpărător angro pentru roșii de seră', ru: 'Ищем оптового покупателя тепличных помидоров', lv: 'Meklējam vairumtirdzniecības pircēju siltumnīcu tomātiem' },
		description: {
			ro: 'Gospodăria noastră din Soroca are roșii de seră din mai până în octombrie. Căutăm un distribuitor care să le ducă pe piețele din Letonia.',
			ru: 'У нашего хозяйства в Сороках тепличные помидоры с мая по октябрь. Ищем дистрибьютора, который довезёт их до рынков Латвии.'
		},
		sectors: ['darzeni'],
		countries: ['LV'],
		regions: [],
		languages: ['ro', 'ru'],
		contact: { name: 'Nicolae Ursu', email: 'legume.soroca@example.md' },
		status: 'draft',
		age: 1
	}
];
