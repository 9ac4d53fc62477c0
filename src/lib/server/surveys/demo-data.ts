/**
 * The closing survey of the LEADER project "Veiksmīgs sociālais uzņēmējs lauku teritorijā" (seed
 * document 002): 169 participants answered; 46 % said the project widened their view of social
 * entrepreneurship; the most useful activities were the video lectures and handbook (52 %), the
 * introductory events (44 %) and the business-idea lab (33 %); nine participants are starting social
 * enterprises and nine already run one. The published numbers are exact here; everything the
 * document does not say (the other answers' split, municipalities, free texts) is generated and the
 * responses are marked demo.
 */
import type { SurveyDefinition } from '$lib/domain/survey/types';

export const DEMO_SURVEY_SLUG = 'socialais-uznemejs-nosleguma-aptauja';
export const DEMO_SURVEY_ORGANISATION = 'pierigas-partneriba';
export const DEMO_SURVEY_PROJECT = 'veiksmigs-socialais-uznemejs-lauku-teritorija';
export const DEMO_RESPONDENTS = 169;

export const DEMO_SURVEY_TITLE = {
	lv: 'Projekta „Veiksmīgs sociālais uzņēmējs lauku teritorijā” noslēguma aptauja',
	en: 'Closing survey of the project “A successful social entrepreneur in the countryside”',
	ro: 'Sondajul final al proiectului „Antreprenor social de succes în mediul rural”',
	ru: 'Итоговый опрос проекта «Успешный социальный предприниматель в сельской местности»'
};

export const DEMO_SURVEY_INTRO = {
	lv: 'Vai projekta aktivitātes ir palīdzējušas jums darboties sociālās uzņēmējdarbības jomā? Aptauja ir anonīma.',
	en: 'Have the project’s activities helped you take steps in social entrepreneurship? The survey is anonymous.',
	ro: 'V-au ajutat activitățile proiectului să faceți pași în antreprenoriatul social? Sondajul este anonim.',
	ru: 'Помогли ли мероприятия проекта вам в социальном предпринимательстве? Опрос анонимный.'
};

export const DEMO_SURVEY_DEFINITION: SurveyDefinition = {
	sections: [
		{
			id: 's1',
			title: { lv: 'Ko projekts jums deva', en: 'What the project gave you', ro: 'Ce v-a oferit proiectul', ru: 'Что вам дал проект' },
			questions: [
				{
					id: 'q1',
					type: 'single',
					required: true,
					text: {
						lv: 'Vai, gūstot zināšanas, idejas un kontaktus, esat paplašinājis savu redzesloku par sociālo uzņēmējdarbību?',
						en: 'Through new knowledge, ideas and contacts, has your view of social entrepreneurship widened?',
						ro: 'Prin cunoștințe, idei și contacte noi, v-ați lărgit perspectiva asupra antreprenoriatului social?',
						ru: 'Расширился ли ваш взгляд на социальное предпринимательство благодаря новым знаниям, идеям и контактам?'
					},
					options: [
						{ id: 'o1', label: { lv: 'Jā, būtiski', en: 'Yes, considerably', ro: 'Da, considerabil', ru: 'Да, значительно' } },
						{ id: 'o2', label: { lv: 'Nedaudz', en: 'A little', ro: 'Puțin', ru: 'Немного' } },
						{ id: 'o3', label: { lv: 'Nē', en: 'No', ro: 'Nu', ru: 'Нет' } }
					]
				},
				{
					id: 'q2',
					type: 'multi',
					required: true,
					text: {
						lv: 'Kuras projekta aktivitātes jums bija visnoderīgākās?',
						en: 'Which of the project’s activities were the most useful to you?',
						ro: 'Care dintre activitățile proiectului v-au fost cele mai utile?',
						ru: 'Какие мероприятия проекта были для вас самыми полезными?'
					},
					help: { lv: 'Varat atzīmēt vairākas.', en: 'You may choose several.', ro: 'Puteți alege mai multe.', ru: 'Можно выбрать несколько.' },
					options: [
						{ id: 'o1', label: { lv: 'Video lekcijas un rokasgrāmata', en: 'Video lectures and the handbook', ro: 'Prelegerile video și ghidul', ru: 'Видеолекции и пособие' } },
						{ id: 'o2', label: { lv: 'Sociālās uzņēmējdarbības iepazīšanas pasākumi', en: 'Introductory events on social entrepreneurship', ro: 'Evenimentele introductive despre antreprenoriatul social', ru: 'Ознакомительные мероприятия о социальном предпринимательстве' } },
						{ id: 'o3', label: { lv: 'Biznesa ideju attīstības „laboratorija”', en: 'The business-idea development “lab”', ro: '„Laboratorul” de dezvoltare a ideilor de afaceri', ru: '«Лаборатория» развития бизнес-идей' } },
						{ id: 'o4', label: { lv: 'Piecu mēnešu mentorings', en: 'Five months of mentoring', ro: 'Cinci luni de mentorat', ru: 'Пятимесячное наставничество' } },
						{ id: 'o5', label: { lv: 'Pieredzes braucieni', en: 'Study visits', ro: 'Vizite de studiu', ru: 'Ознакомительные поездки' } }
					]
				}
			]
		},
		{
			id: 's2',
			title: { lv: 'Jūsu nākamie soļi', en: 'Your next steps', ro: 'Pașii următori', ru: 'Ваши следующие шаги' },
			questions: [
				{
					id: 'q3',
					type: 'single',
					required: true,
					text: { lv: 'Vai veidojat sociālo uzņēmumu?', en: 'Are you building a social enterprise?', ro: 'Construiți o întreprindere socială?', ru: 'Создаёте ли вы социальное предприятие?' },
					options: [
						{ id: 'o1', label: { lv: 'Jau esmu sociālais uzņēmējs', en: 'I already run one', ro: 'Am deja una', ru: 'Уже руковожу' } },
						{ id: 'o2', label: { lv: 'Šobrīd veidoju', en: 'I am starting one now', ro: 'Tocmai înființez una', ru: 'Сейчас создаю' } },
						{ id: 'o3', label: { lv: 'Apsveru', en: 'I am considering it', ro: 'Mă gândesc', ru: 'Рассматриваю' } },
						{ id: 'o4', label: { lv: 'Nē', en: 'No', ro: 'Nu', ru: 'Нет' } }
					]
				},
				{
					id: 'q4',
					type: 'scale',
					required: false,
					text: {
						lv: 'Cik ticami ir, ka ieteiksiet šādas aktivitātes draugam vai kolēģim?',
						en: 'How likely are you to recommend such activities to a friend or colleague?',
						ro: 'Cât de probabil este să recomandați astfel de activități unui prieten sau coleg?',
						ru: 'Насколько вероятно, что вы порекомендуете такие мероприятия другу или коллеге?'
					},
					scale: {
						min: 1,
						max: 5,
						minLabel: { lv: 'Nemaz', en: 'Not at all', ro: 'Deloc', ru: 'Совсем нет' },
						maxLabel: { lv: 'Noteikti', en: 'Certainly', ro: 'Sigur', ru: 'Обязательно' }
					}
				},
				{ id: 'q5', type: 'municipality', required: false, text: { lv: 'Kurā novadā dzīvojat?', en: 'Which municipality do you live in?', ro: 'În ce municipiu locuiți?', ru: 'В каком самоуправлении вы живёте?' } },
				{
					id: 'q6',
					type: 'long_text',
					required: false,
					text: { lv: 'Ko vēl vēlaties pateikt projekta komandai?', en: 'Anything else you would like to tell the project team?', ro: 'Mai doriți să spuneți ceva echipei proiectului?', ru: 'Что ещё вы хотели бы сказать команде проекта?' }
				}
			]
		}
	]
};

/**
 * How many of the 169 chose each answer. q1 o1 = 78 (46 %), q2 o1/o2/o3 = 88/74/56 (52/44/33 %),
 * q3 o1/o2 = 9/9 are the document's; the rest is generated.
 */
export const DEMO_COUNTS = {
	q1: { o1: 78, o2: 61, o3: 30 },
	q2: { o1: 88, o2: 74, o3: 56, o4: 31, o5: 24 },
	q3: { o1: 9, o2: 9, o3: 47, o4: 104 },
	q4: { 1: 4, 2: 9, 3: 31, 4: 58, 5: 52 }
} as const;

/** Where respondents live: the six partnership municipalities and the others the document names. */
export const DEMO_MUNICIPALITIES: [slug: string, respondents: number][] = [
	['jelgavas-novads', 34],
	['kekavas-novads', 29],
	['olaines-novads', 24],
	['marupes-novads', 22],
	['gulbenes-novads', 18],
	['kuldigas-novads', 15],
	['ogres-novads', 9],
	['balvu-novads', 6],
	['cesu-novads', 4],
	['jurmala', 3],
	['liepaja', 2]
];

/** A few free-text answers (generated, demo), for the editor to pick quotes from. */
export const DEMO_TEXTS = [
	'Video lekcijas skatījos vakaros, kad bērni aizmiguši. Paldies, ka tās var noskatīties jebkurā laikā!',
	'Laboratorijā pirmo reizi skaļi izstāstīju savu ideju. Mentora jautājumi palīdzēja saprast, kam uzņēmums vispār ir vajadzīgs.',
	'Gribētos vairāk pieredzes braucienu uz Latgali.',
	'Rokasgrāmatu izmantoju, rakstot biznesa plānu sociālā uzņēmuma statusam.',
	'Pasākumi bija tālu no mājām, bet tiešsaistes daļa to atsvēra.'
];
