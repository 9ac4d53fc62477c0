/**
 * A realistic impact report for the exporters' tests and previews: the demo's social-entrepreneurship
 * project (issue 18's "Done": ~300 unique participants, 15 % repeaters, the partner municipalities and
 * their neighbours, survey n = 169, 9 + 9 businesses). Hand-made figures that add up the way the
 * builder's would (inside + outside + unknown = unique participants); nothing here is read from a database.
 */
import type { ImpactReport, OriginRow } from '$lib/domain/impact/report-model';
import { pointLabel } from '../impact/labels';

const fig = (value: number, figure: string) => ({ value, figure });

/** [id, Latvian name, English name, people (null = suppressed), inside the project's territory] */
const ORIGINS: [number, string, string, number | null, boolean][] = [
	[11, 'Gulbenes novads', 'Gulbene Municipality', 48, true],
	[12, 'Jelgavas novads', 'Jelgava Municipality', 41, true],
	[13, 'Ķekavas novads', 'Ķekava Municipality', 39, true],
	[14, 'Kuldīgas novads', 'Kuldīga Municipality', 36, true],
	[15, 'Mārupes novads', 'Mārupe Municipality', 33, true],
	[16, 'Olaines novads', 'Olaine Municipality', 30, true],
	[21, 'Balvu novads', 'Balvi Municipality', 14, false],
	[22, 'Cēsu novads', 'Cēsis Municipality', 12, false],
	[23, 'Jūrmalas valstspilsēta', 'Jūrmala', 11, false],
	[24, 'Liepājas valstspilsēta', 'Liepāja', 9, false],
	[25, 'Ogres novads', 'Ogre Municipality', 8, false],
	// Vecumnieki has been part of Bauska Municipality since the 2021 reform
	[26, 'Bauskas novads', 'Bauska Municipality', 6, false],
	[27, 'Smiltenes novads', 'Smiltene Municipality', null, false],
	[28, 'Tukuma novads', 'Tukums Municipality', null, false]
];

export function impactReportFixture(lang: 'lv' | 'en' = 'lv'): ImpactReport {
	const lv = lang === 'lv';
	const rows: OriginRow[] = ORIGINS.map(([municipalityId, nameLv, nameEn, people, inside]) => ({ municipalityId, name: lv ? nameLv : nameEn, people, inside, lat: null, lon: null }));
	const kinds = [
		['workshop', 'Darbnīca', 'Workshop', 10, 0],
		['webinar', 'Vebinārs', 'Webinar', 6, 6],
		['masterclass', 'Meistarklase', 'Masterclass', 4, 0],
		['networking', 'Tīklošanās pasākums', 'Networking event', 2, 0],
		['study_visit', 'Pieredzes brauciens', 'Study visit', 2, 0]
	] as const;
	return {
		scope: {
			kind: 'project',
			id: '5b1c6f1e-8a53-4c0e-9b7e-2d4f3a1c9e10',
			slug: 'socialas-uznemejdarbibas-atbalsts',
			title: lv ? 'Sociālās uzņēmējdarbības atbalsts lauku kopienās' : 'Supporting social entrepreneurship in rural communities',
			organisation: 'Biedrība “Lauku partnerība”',
			from: '2025-01-01',
			to: '2026-06-30',
			lang,
			generatedAt: '2026-12-06T10:00:00.000Z',
			projectNumber: '25-00-A019.333-000012',
			funder: lv ? 'Lauku atbalsta dienests (LEADER)' : 'Rural Support Service (LEADER)',
			acknowledgement: lv
				? 'Projekts īstenots ar Eiropas Lauksaimniecības fonda lauku attīstībai un Latvijas valsts atbalstu. Par pārskata saturu atbild biedrība “Lauku partnerība”.'
				: 'The project was carried out with the support of the European Agricultural Fund for Rural Development and the Republic of Latvia. The association “Lauku partnerība” is responsible for the content of this report.',
			logos: []
		},
		events: {
			total: fig(24, 'events'),
			online: 6,
			onSite: 18,
			byKind: kinds.map(([kind, l, e, total, online]) => ({ kind, label: lv ? l : e, total, online, onSite: total - online }))
		},
		participation: {
			registrations: fig(412, 'registrations'),
			attendances: fig(389, 'attendances'),
			noShows: fig(58, 'no-shows'),
			walkIns: fig(35, 'walk-ins'),
			cancelled: fig(21, 'cancelled'),
			uniqueParticipants: fig(300, 'unique'),
			repeatParticipants: fig(45, 'repeat'),
			repeatShare: 0.15
		},
		// 227 inside + 67 outside (60 shown, 7 in suppressed rows) + 6 unknown = 300
		origins: { inside: 227, outside: 67, unknown: 6, rows },
		breakdowns: [
			{
				dimension: 'gender',
				title: lv ? 'Dzimums' : 'Gender',
				rows: [
					{ key: 'female', label: lv ? 'Sieviete' : 'Female', people: 171 },
					{ key: 'male', label: lv ? 'Vīrietis' : 'Male', people: 104 },
					{ key: 'other', label: lv ? 'Cits' : 'Other', people: null }
				],
				notCollected: 22
			},
			{
				dimension: 'age_band',
				title: lv ? 'Vecuma grupa' : 'Age band',
				rows: [
					{ key: 'under_18', label: lv ? 'Līdz 18' : 'Under 18', people: null },
					{ key: '18_29', label: '18–29', people: 58 },
					{ key: '30_54', label: '30–54', people: 156 },
					{ key: '55_plus', label: '55+', people: 61 }
				],
				notCollected: 22
			},
			{
				dimension: 'employment_status',
				title: lv ? 'Nodarbinātības statuss' : 'Employment status',
				rows: [
					{ key: 'employed', label: lv ? 'Strādājošs' : 'Employed', people: 139 },
					{ key: 'self_employed', label: lv ? 'Pašnodarbināts' : 'Self-employed', people: 64 },
					{ key: 'unemployed', label: lv ? 'Bezdarbnieks' : 'Unemployed', people: 37 },
					{ key: 'inactive', label: lv ? 'Ekonomiski neaktīvs' : 'Inactive', people: 19 }
				],
				notCollected: 41
			}
		],
		surveys: [
			{
				id: '0f7a1d2c-3b4e-4f56-8a9b-0c1d2e3f4a5b',
				title: lv ? 'Dalībnieku aptauja pēc mācībām' : 'Participants’ survey after the training',
				respondents: 169,
				questions: [
					{
						title: lv ? 'Cik noderīgas bija mācības jūsu darbam?' : 'How useful was the training for your work?',
						options: [
							{ label: lv ? 'Ļoti noderīgas' : 'Very useful', count: 97, percent: 57.4 },
							{ label: lv ? 'Drīzāk noderīgas' : 'Fairly useful', count: 58, percent: 34.3 },
							{ label: lv ? 'Maz noderīgas' : 'Of little use', count: 14, percent: 8.3 }
						]
					},
					{
						title: lv ? 'Ko plānojat darīt tālāk? (vairākas atbildes)' : 'What do you plan to do next? (several answers)',
						options: [
							{ label: lv ? 'Dibināt uzņēmumu' : 'Start a business', count: 46, percent: 27.2 },
							{ label: lv ? 'Paplašināt esošo darbību' : 'Grow an existing business', count: 71, percent: 42 },
							{ label: lv ? 'Piedalīties mentoringā' : 'Join mentoring', count: 63, percent: 37.3 }
						]
					}
				]
			}
		],
		library: {
			views: 1284,
			items: [
				{ title: lv ? 'Sociālā uzņēmuma statusa iegūšana: soli pa solim' : 'Becoming a social enterprise: step by step', views: 512 },
				{ title: lv ? 'Biznesa plāna veidne' : 'Business plan template', views: 431 },
				{ title: lv ? 'Finansējuma avoti lauku uzņēmējiem' : 'Funding sources for rural entrepreneurs', views: 219 },
				{ title: lv ? 'Čeklists: sadarbība ar vietējiem ražotājiem' : 'Checklist: working with local producers', views: 122 }
			]
		},
		mentoring: {
			mentees: fig(24, 'mentoring.mentees'),
			businessesStarted: fig(9, 'mentoring.businesses'),
			socialEnterprises: fig(9, 'mentoring.social'),
			fteJobs: 13.5,
			// the builder's words for its MENTORING_POINT (section-queries.ts)
			point: pointLabel('month6', lang)
		},
		contests: { held: fig(2, 'contests.held'), entries: 318, winners: 6 },
		cooperation: null,
		results: [
			{ label: lv ? 'Apmācīti sociālie uzņēmēji' : 'Social entrepreneurs trained', value: 120, unit: lv ? 'cilvēki' : 'people' },
			{ label: lv ? 'Izveidoti sadarbības tīkli' : 'Cooperation networks formed', value: 3, unit: null },
			{ label: lv ? 'Dalībnieku apmierinātība' : 'Participant satisfaction', value: 91.7, unit: '%' }
		]
	};
}
