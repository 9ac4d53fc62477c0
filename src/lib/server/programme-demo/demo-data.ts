/**
 * The mentoring demo (issue 17), from seed document 002: "Veiksmīgs sociālais uzņēmējs lauku
 * teritorijā" ran a five-month mentoring programme for people starting a social enterprise; at
 * the project's end nine participants were founding social enterprises and nine already ran one
 * (three from Jelgavas novads, two from Ķekava, one each from Olaine, Mārupe, Ogre and Balvi), most
 * of them in social services and education. The document gives neither the cohort's months nor
 * the people: the dates below are placed before the closing survey (June 2022), and the mentees,
 * mentors, sessions and jobs are fictional (`is_demo`), shaped so the +6-month check-in gives
 * exactly the published outcome. Plus one fictional cohort open for applications (demo) and the
 * HERE project's business incubator (seed document 004: mentors working in business help people
 * who struggle to enter the labour market start a business idea; planned start November 2021).
 */
import type { SurveyDefinition } from '$lib/domain/survey/types';
import type { LocalizedText } from '../db/schema/common';

export const MENTEE_DOMAIN = 'programmas.example.lv';
export const MENTOR_DOMAIN = 'mentori.example.lv';

export const SOCIAL_PROGRAMME = {
	slug: 'socialo-uznemeju-mentorings',
	organisation: 'pierigas-partneriba',
	project: 'veiksmigs-socialais-uznemejs-lauku-teritorija',
	title: { lv: 'Sociālo uzņēmēju mentoringa programma', en: 'Mentoring programme for social entrepreneurs', ro: 'Program de mentorat pentru antreprenori sociali', ru: 'Программа наставничества для социальных предпринимателей' },
	summary: {
		lv: 'Piecus mēnešus katrs sociālās uzņēmējdarbības uzsācējs strādā kopā ar mentoru — no idejas līdz uzņēmumam.',
		en: 'For five months each person starting a social enterprise works with a mentor — from the idea to a company.',
		ro: 'Timp de cinci luni, fiecare persoană care pornește o întreprindere socială lucrează cu un mentor — de la idee la companie.',
		ru: 'Пять месяцев каждый начинающий социальный предприниматель работает с наставником — от идеи до предприятия.'
	},
	description: {
		lv: 'Mentoringa programma bija daļa no LEADER sadarbības projekta „Veiksmīgs sociālais uzņēmējs lauku teritorijā”, kurā piecas vietējās rīcības grupas desmit novados rīkoja darbnīcas, biznesa ideju laboratoriju un pieredzes braucienus. Projekta noslēgumā deviņi dalībnieki veidoja sociālos uzņēmumus un deviņi jau bija sociālie uzņēmēji.',
		en: 'The mentoring programme was part of the LEADER cooperation project “A successful social entrepreneur in the countryside”, in which five local action groups in ten municipalities ran workshops, a business-idea lab and study visits. At the project’s end nine participants were founding social enterprises and nine already ran one.'
	}
} as const;

/** The real cohort's months are not published: placed so its +6-month check-in falls at the project's end. */
export const PAST_COHORT = { slug: 'socialo-uznemeju-mentorings-2021', startsOn: '2021-09-01', endsOn: '2022-01-31', title: { lv: '2021./2022. gada grupa', en: 'The 2021/2022 cohort', ro: 'Grupa 2021/2022', ru: 'Группа 2021/2022' } };
/** The fictional open cohort (demo): applications open on the day of the seed run. */
export const OPEN_COHORT = { slug: 'socialo-uznemeju-mentorings-demo', opensDaysAgo: 10, closesInDays: 30, startsInDays: 45, months: 5, title: { lv: 'Nākamā grupa (demo)', en: 'The next cohort (demo)', ro: 'Următoarea grupă (demo)', ru: 'Следующая группа (демо)' } };

export const ELIGIBILITY: LocalizedText = {
	lv: 'Iedzīvotāji, kuri vēlas sākt sociālo uzņēmumu vai tikko to sākuši, no partnerību novadiem un to kaimiņiem.',
	en: 'Residents who want to start a social enterprise or have just started one, from the partnerships’ municipalities and their neighbours.'
};

export const APPLICATION_FORM: SurveyDefinition = {
	sections: [
		{
			id: 's1',
			title: { lv: 'Jūsu ideja', en: 'Your idea' },
			questions: [
				{ id: 'idea', type: 'long_text', required: true, text: { lv: 'Aprakstiet savu sociālā uzņēmuma ideju', en: 'Describe your social enterprise idea' } },
				{
					id: 'stage',
					type: 'single',
					required: true,
					text: { lv: 'Cik tālu esat tikuši?', en: 'How far have you got?' },
					options: [
						{ id: 'o1', label: { lv: 'Ir ideja', en: 'I have an idea' } },
						{ id: 'o2', label: { lv: 'Reģistrēju uzņēmumu', en: 'I am registering a company' } },
						{ id: 'o3', label: { lv: 'Uzņēmums jau darbojas', en: 'The company already operates' } }
					]
				}
			]
		}
	]
};

export type DemoMentee = { municipality: string; sectors: string[]; needs: string; end: 'idea' | 'registering' | 'operating' | 'stopped'; month6: 'idea' | 'registering' | 'operating' | 'stopped'; jobs?: [kind: 'employee' | 'self_employed' | 'volunteer', share: number, months: number][] };

const SOC = 'social:social-services';
const EDU = 'social:education';
const EMP = 'social:employment';

/**
 * 20 mentees. At +6 months: 9 operating (the seed's municipalities), 9 registering (founding), one
 * still at the idea and one who stopped. At the cohort's end fewer were operating yet.
 */
export const MENTEES: DemoMentee[] = [
	{ municipality: 'jelgavas-novads', sectors: [SOC], needs: 'Dienas centrs senioriem: finanšu plāns un telpas', end: 'registering', month6: 'operating', jobs: [['self_employed', 1, 6], ['employee', 0.5, 6]] },
	{ municipality: 'jelgavas-novads', sectors: [EDU], needs: 'Radošās darbnīcas bērniem ar īpašām vajadzībām', end: 'operating', month6: 'operating', jobs: [['self_employed', 1, 6]] },
	{ municipality: 'jelgavas-novads', sectors: [EMP, 'partika'], needs: 'Kafejnīca, kurā strādā cilvēki ar invaliditāti', end: 'registering', month6: 'operating', jobs: [['employee', 1, 6], ['employee', 1, 6], ['volunteer', 0.2, 6]] },
	{ municipality: 'kekavas-novads', sectors: [SOC], needs: 'Atelpas brīža pakalpojums ģimenēm', end: 'operating', month6: 'operating', jobs: [['self_employed', 1, 6], ['employee', 0.5, 6]] },
	{ municipality: 'kekavas-novads', sectors: [EDU], needs: 'Valodu kursi iebraucējiem, cenu noteikšana', end: 'registering', month6: 'operating', jobs: [['self_employed', 0.5, 6]] },
	{ municipality: 'olaines-novads', sectors: [EMP], needs: 'Šūšanas darbnīca jauniešiem bez darba', end: 'registering', month6: 'operating', jobs: [['self_employed', 1, 6], ['employee', 1, 3]] },
	{ municipality: 'marupes-novads', sectors: [EDU], needs: 'Āra nodarbības skolām, sadarbība ar pašvaldību', end: 'operating', month6: 'operating', jobs: [['self_employed', 1, 6]] },
	{ municipality: 'ogres-novads', sectors: [SOC, 'amatnieciba'], needs: 'Amatniecības darbnīca senioriem', end: 'registering', month6: 'operating', jobs: [['self_employed', 1, 6], ['volunteer', 0.5, 6]] },
	{ municipality: 'balvu-novads', sectors: ['social:environment'], needs: 'Otrreizējās lietošanas veikals, loģistika', end: 'registering', month6: 'operating', jobs: [['self_employed', 1, 6], ['employee', 0.5, 6]] },
	{ municipality: 'gulbenes-novads', sectors: [SOC], needs: 'Sociālā taksometra pakalpojums laukos', end: 'idea', month6: 'registering' },
	{ municipality: 'gulbenes-novads', sectors: [EDU], needs: 'Digitālās prasmes senioriem', end: 'idea', month6: 'registering' },
	{ municipality: 'kuldigas-novads', sectors: ['social:culture'], needs: 'Kopienas teātris un telpu noma', end: 'registering', month6: 'registering' },
	{ municipality: 'kuldigas-novads', sectors: [EMP, 'partika'], needs: 'Maiznīca ar darba vietām ilgstošiem bezdarbniekiem', end: 'idea', month6: 'registering' },
	{ municipality: 'cesu-novads', sectors: ['social:health'], needs: 'Fizioterapija mājās, juridiskā forma', end: 'idea', month6: 'registering' },
	{ municipality: 'jurmala', sectors: [EDU], needs: 'Pēcskolas centrs, finansējuma avoti', end: 'registering', month6: 'registering' },
	{ municipality: 'liepaja', sectors: [SOC], needs: 'Atbalsta grupa jaunajām māmiņām', end: 'idea', month6: 'registering' },
	{ municipality: 'jelgavas-novads', sectors: [EDU], needs: 'Mūzikas nodarbības lauku skolās', end: 'idea', month6: 'registering' },
	{ municipality: 'kekavas-novads', sectors: [SOC], needs: 'Dzīvnieku terapija bērniem', end: 'idea', month6: 'registering' },
	{ municipality: 'olaines-novads', sectors: ['social:environment'], needs: 'Kopienas dārzs un kompostēšana', end: 'idea', month6: 'idea' },
	{ municipality: 'marupes-novads', sectors: ['social:culture'], needs: 'Rokdarbu kafejnīca', end: 'idea', month6: 'stopped' }
];

export type DemoMentor = { name: string; municipalities: string[]; sectors: string[]; languages: string[]; capacity: number; experience: string; availability: string; bio: LocalizedText };

/** Eight fictional mentors (demo) who work in business or know the field. */
export const MENTORS: DemoMentor[] = [
	{ name: 'Dace Kalniņa (demo)', municipalities: ['jelgavas-novads', 'jelgava'], sectors: [SOC, EMP], languages: ['lv', 'ru'], capacity: 3, experience: 'Vada sociālās aprūpes centru 12 gadus', availability: 'Otrdienu vakari', bio: { lv: 'Sociālās aprūpes centra vadītāja (demo).', en: 'Runs a social care centre (demo).' } },
	{ name: 'Andris Bērziņš (demo)', municipalities: ['kekavas-novads', 'riga'], sectors: [EDU, 'social:culture'], languages: ['lv', 'en'], capacity: 3, experience: 'Privātās skolas dibinātājs', availability: 'Piektdienas', bio: { lv: 'Privātas skolas dibinātājs un vadītājs (demo).', en: 'Founder and head of a private school (demo).' } },
	{ name: 'Ilze Ozola (demo)', municipalities: ['olaines-novads', 'marupes-novads'], sectors: [EMP, 'partika'], languages: ['lv'], capacity: 3, experience: 'Kafejnīcu tīkla īpašniece', availability: 'Pirmdienas un ceturtdienas', bio: { lv: 'Trīs kafejnīcu īpašniece Pierīgā (demo).', en: 'Owns three cafés around Riga (demo).' } },
	{ name: 'Māris Liepiņš (demo)', municipalities: ['ogres-novads'], sectors: [SOC, 'amatnieciba'], languages: ['lv', 'ru'], capacity: 2, experience: 'Amatnieku biedrības valdes loceklis', availability: 'Brīvdienās', bio: { lv: 'Amatnieks un biedrības vadītājs (demo).', en: 'Craftsman and association board member (demo).' } },
	{ name: 'Inese Vītola (demo)', municipalities: ['gulbenes-novads', 'balvu-novads'], sectors: [SOC, 'social:environment'], languages: ['lv'], capacity: 3, experience: 'Lauku kopienas centra vadītāja', availability: 'Trešdienas', bio: { lv: 'Vada lauku kopienas centru Vidzemē (demo).', en: 'Runs a rural community centre in Vidzeme (demo).' } },
	{ name: 'Edgars Zariņš (demo)', municipalities: ['kuldigas-novads', 'liepaja'], sectors: ['social:culture', EMP, 'partika'], languages: ['lv', 'en'], capacity: 2, experience: 'Maiznīcas un kultūras telpas īpašnieks', availability: 'Pēc vienošanās', bio: { lv: 'Maiznīcas īpašnieks Kurzemē (demo).', en: 'Owns a bakery in Kurzeme (demo).' } },
	{ name: 'Laura Eglīte (demo)', municipalities: ['cesu-novads', 'riga'], sectors: ['social:health', SOC], languages: ['lv', 'en', 'ru'], capacity: 2, experience: 'Fizioterapeite, privātprakses īpašniece', availability: 'Otrdienas', bio: { lv: 'Fizioterapeite ar savu praksi (demo).', en: 'Physiotherapist with her own practice (demo).' } },
	{ name: 'Kristaps Siliņš (demo)', municipalities: ['jurmala', 'marupes-novads'], sectors: [EDU, 'social:environment'], languages: ['lv', 'en'], capacity: 3, experience: 'Sociālo investīciju fonda konsultants', availability: 'Ceturtdienas', bio: { lv: 'Konsultē sociālos uzņēmumus par finansējumu (demo).', en: 'Advises social enterprises on funding (demo).' } }
];

export const HERE_INCUBATOR = {
	slug: 'here-biznesa-inkubators',
	organisation: 'patverums-drosa-maja',
	project: 'here-social-economy-of-proximity',
	title: { lv: 'HERE biznesa inkubators', en: 'HERE business incubator', ro: 'Incubatorul de afaceri HERE', ru: 'Бизнес-инкубатор HERE' },
	summary: {
		lv: 'Cilvēki, kuriem prasmju trūkuma dēļ grūti iekļauties darba vidē, ar profesionāļu un mentoru palīdzību sāk un attīsta savu biznesa ideju.',
		en: 'People who find it hard to enter the labour market for lack of skills start and grow a business idea with professionals and mentors who work in business.'
	},
	description: {
		lv: 'Erasmus+ projekta “HERE – Social Economy of Proximity” biznesa inkubators. Tā sākums bija paredzēts 2021. gada novembrī, kad tiek piesaistīts finansējums un mentori, kas aktīvi darbojas uzņēmējdarbībā vai pārzina jomu.',
		en: 'The business incubator of the Erasmus+ project “HERE – Social Economy of Proximity”. It was planned to start in November 2021, bringing in funding and mentors who are active in business or know the field.'
	}
} as const;
