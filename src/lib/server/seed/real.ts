import type { LocalizedText, OrganisationKind, PlaceKind, Precision, SalesPointSeed } from './types';

/**
 * REAL organisations and places (is_demo = false). Only facts we could check are filled in;
 * everything else stays null – never invent contacts for real organisations. Where the schema
 * requires a municipality and the seat is not known, the organisation is placed in the
 * municipality it serves (or Rīga for national ones) with precision 'municipality' and no address.
 */
export type OrganisationSeed = {
	slug: string;
	name: string;
	legalName?: string;
	kind: OrganisationKind;
	mun: string;
	loc?: string;
	prec: Precision;
	addr?: string;
	website?: string;
	facebook?: string;
	/** OpenStreetMap opening_hours value. */
	officeHours?: string;
	/** Municipalities served, by Latvian name; 'all-regions' = the five planning regions. */
	territories: string[] | 'all-regions';
	/** Which demo producers it is linked to: by municipality, or by a label. */
	supports?: { municipalities?: string[]; label?: string };
	description: LocalizedText;
};

export type PlaceSeed = {
	slug: string;
	name: string;
	kind: PlaceKind;
	mun: string;
	loc?: string;
	prec: Precision;
	addr?: string;
	amenities: string[];
	/** Slug of an organisation above, if it runs the place. */
	operator?: string;
	description: LocalizedText;
};

/** Amenity keys the UI catalogue translates. */
export const AMENITIES = ['wifi', 'desks', 'meeting_room', 'event_space', 'printer', 'kitchen', 'parking', 'accessible', 'lockers', 'phone_booth', 'library', 'garden'] as const;

export const realOrganisations: OrganisationSeed[] = [
	{
		slug: 'lauku-partneriba-lielupe',
		name: 'Lauku partnerība "Lielupe"',
		legalName: 'Biedrība Lauku partnerība "Lielupe"',
		kind: 'lag',
		mun: 'Jelgava',
		loc: 'Jelgava',
		prec: 'exact',
		addr: 'Lielā iela 5/7, 6. stāvs, Jelgava',
		website: 'http://partneribalielupe.lv',
		// P., T. 9:00–12:00; O., C. 15:00–17:00
		officeHours: 'Mo,We 09:00-12:00; Tu,Th 15:00-17:00',
		territories: ['Jelgavas novads'],
		supports: { municipalities: ['Jelgavas novads'] },
		description: {
			lv: 'Vietējā rīcības grupa, kas īsteno LEADER pieeju Jelgavas novadā, tostarp bijušā Ozolnieku novada teritorijā. Partnerība izstrādā sabiedrības virzītas vietējās attīstības stratēģiju un rīko projektu konkursus, kuros atbalstu var saņemt vietējie uzņēmēji, biedrības un iedzīvotāji.',
			en: 'A local action group that implements the LEADER approach in Jelgavas novads, including the former Ozolnieki municipality. The partnership prepares the community-led local development strategy and runs calls for projects in which local businesses, associations and residents can receive support.'
		}
	},
	{
		slug: 'pierigas-partneriba',
		name: 'Pierīgas partnerība',
		legalName: 'biedrība "Pierīgas partnerība"',
		kind: 'lag',
		mun: 'Mārupes novads',
		prec: 'municipality',
		website: 'https://www.pierigaspartneriba.lv',
		// The partnership's own site names Mārupes and Olaines novads (Babīte is now part of Mārupe).
		territories: ['Mārupes novads', 'Olaines novads'],
		supports: { municipalities: ['Mārupes novads', 'Olaines novads'] },
		description: {
			lv: 'Vietējā rīcības grupa Pierīgā, kas darbojas Mārupes un Olaines novadā. Biedrība apvieno pašvaldības, nevalstiskās organizācijas, uzņēmējus un iedzīvotājus un īsteno LEADER pieeju; tās projektu konkursos atbalstīti arī mājražotāji un amatnieki. Dibināta 2009. gadā.',
			en: 'A local action group near Riga (Pierīga) working in Mārupes and Olaines novads. It brings together municipalities, NGOs, businesses and residents and implements the LEADER approach; its calls have also supported home producers and craftspeople. Founded in 2009.'
		}
	},
	{
		slug: 'latvijas-lauku-forums',
		name: 'Latvijas Lauku forums',
		legalName: 'biedrība "Latvijas Lauku forums"',
		kind: 'ngo',
		mun: 'Rīga',
		prec: 'municipality',
		website: 'https://laukuforums.lv',
		facebook: 'https://facebook.com/laukuforums',
		territories: 'all-regions',
		description: {
			lv: 'Biedrība, kas apvieno Latvijas lauku nevalstiskās organizācijas, tostarp vietējās rīcības grupas, un pārstāv lauku iedzīvotāju intereses nacionālā un starptautiskā līmenī. Rīko Latvijas Lauku kopienu parlamentu. Dibināta 2004. gadā.',
			en: 'An association of Latvian rural NGOs, including the local action groups, that represents rural people’s interests nationally and internationally. It organises the Latvian Rural Communities Parliament. Founded in 2004.'
		}
	},
	{
		slug: 'patverums-drosa-maja',
		name: 'Patvērums "Drošā māja"',
		legalName: 'biedrība "Patvērums "Drošā māja""',
		kind: 'ngo',
		mun: 'Rīga',
		loc: 'Rīga',
		prec: 'exact',
		addr: 'Lāčplēša iela 75-1B, Rīga',
		website: 'https://patverums-dm.lv',
		territories: 'all-regions',
		description: {
			lv: 'Biedrība, kas sniedz sociālās rehabilitācijas pakalpojumus cilvēku tirdzniecībā cietušajiem un strādā pie cilvēku tirdzniecības novēršanas. Konsultē arī trešo valstu pilsoņus, kas dzīvo Latvijā, tostarp par integrācijas jautājumiem.',
			en: 'An association that provides social rehabilitation to victims of human trafficking and works to prevent trafficking. It also advises third-country nationals living in Latvia, including on integration.'
		}
	},
	{
		slug: 'latvijas-majrazotaju-un-mazo-razotaju-informacijas-un-atbalsta-biedriba',
		name: 'Latvijas Mājražotāju un Mazo ražotāju Informācijas un Atbalsta Biedrība',
		kind: 'association',
		mun: 'Rīga',
		prec: 'municipality',
		territories: 'all-regions',
		supports: { label: 'majrazotaju-biedribas-biedrs' },
		description: {
			lv: 'Biedrība, kas apvieno mājražotājus un mazos ražotājus visā Latvijā un sniedz tiem informāciju un atbalstu.',
			en: 'An association that brings together home producers and small producers across Latvia and offers them information and support.'
		}
	}
];

export const realPlaces: PlaceSeed[] = [
	{
		slug: 'colabora-lielvarde',
		name: 'CoLabora Lielvārde',
		kind: 'coworking',
		mun: 'Ogres novads',
		loc: 'Lielvārde',
		prec: 'locality',
		amenities: ['wifi', 'desks'],
		description: {
			lv: 'Koprades telpa Lielvārdē, kur var strādāt attālināti un tikties ar sadarbības partneriem.',
			en: 'A coworking space in Lielvārde for remote work and meetings.'
		}
	},
	{
		slug: 'dzivoklis-olaine',
		name: 'Dzīvoklis',
		kind: 'coworking',
		mun: 'Olaines novads',
		loc: 'Olaine',
		prec: 'locality',
		amenities: ['wifi', 'desks'],
		description: {
			lv: 'Koprades telpa “Dzīvoklis” Olainē.',
			en: 'The “Dzīvoklis” coworking space in Olaine.'
		}
	},
	{
		slug: 'ogres-centrala-biblioteka',
		name: 'Ogres Centrālā bibliotēka',
		kind: 'community_space',
		mun: 'Ogres novads',
		loc: 'Ogre',
		prec: 'locality',
		amenities: ['wifi', 'library', 'desks'],
		description: {
			lv: 'Ogres pilsētas bibliotēka, kurā ir arī vieta darbam ar datoru un tikšanās reizēm.',
			en: 'The public library of Ogre, which also has space for working and meeting.'
		}
	},
	{
		slug: 'biznesa-vestnieciba',
		name: 'Biznesa vēstniecība',
		kind: 'incubator',
		mun: 'Mārupes novads',
		loc: 'Tīraine',
		prec: 'locality',
		amenities: ['wifi', 'desks'],
		description: {
			lv: 'Uzņēmējdarbības atbalsta un koprades vieta Tīrainē, Mārupes novadā.',
			en: 'A business support and coworking space in Tīraine, Mārupes novads.'
		}
	},
	{
		// seed document 003: "Jūrmalas biznesa inkubators" shared what to avoid for a coworking space to last (issue 17)
		slug: 'jurmalas-biznesa-inkubators',
		name: 'Jūrmalas biznesa inkubators',
		kind: 'incubator',
		mun: 'Jūrmala',
		prec: 'municipality',
		amenities: ['wifi', 'desks', 'meeting_room'],
		description: {
			lv: 'Biznesa inkubators Jūrmalā, kas atbalsta jaunus uzņēmējus ar darba vietu, konsultācijām un pieredzes apmaiņu.',
			en: 'A business incubator in Jūrmala that supports new entrepreneurs with a place to work, advice and shared experience.'
		}
	},
	{
		slug: 'marupes-turisma-informacijas-punkts',
		name: 'Mārupes tūrisma informācijas punkts',
		kind: 'tourist_info',
		mun: 'Mārupes novads',
		loc: 'Mārupe',
		prec: 'locality',
		addr: 'Bebru iela, Mārupe',
		amenities: [],
		description: {
			lv: 'Tūrisma informācijas punkts Mārupē; tajā pašā vietā var iegādāties vietējo mājražotāju produkciju.',
			en: 'A tourist information point in Mārupe, which also sells products of local home producers.'
		}
	}
];

/** The real Mārupe sales point (not demo); demo producers of Pierīga are linked to it. */
export const realSalesPoints: SalesPointSeed[] = [
	{
		slug: 'marupes-majrazotaju-tirdzniecibas-vieta',
		name: 'Mārupes mājražotāju tirdzniecības vieta un tūrisma informācijas punkts',
		kind: 'producers_shop',
		mun: 'Mārupes novads',
		loc: 'Mārupe',
		addr: 'Bebru iela, Mārupe',
		demo: false,
		desc: {
			lv: 'Tirdzniecības vieta Mārupē, kur piedāvā vietējo mājražotāju produkciju; tajā pašā vietā darbojas tūrisma informācijas punkts.',
			en: 'A sales point in Mārupe offering products of local home producers; the tourist information point is in the same place.'
		}
	}
];
