/**
 * Demo: a dozen short needs-analysis interviews in Latvian, as Patvērums "Drošā māja" ran them
 * for the Erasmus+ project "HERE – Social Economy of Proximity" (residents, entrepreneurs, NGOs,
 * municipalities and state bodies asked about their region's missing business potential), with a
 * needs taxonomy and codings by two coders. Fictional people and words; marked demo.
 */
export type DemoCode = { key: string; name: string; parent?: string; description?: string };
export type DemoInterview = {
	key: string;
	reference: string;
	respondentType: 'resident' | 'entrepreneur' | 'ngo' | 'municipality' | 'state_body';
	municipality: string;
	heldOn: string;
	consent: 'written' | 'oral';
	text: string;
	/** Sentence index → code keys, by the first coder; `second` by the second coder where two coded it. */
	codes: Record<number, string[]>;
	second?: Record<number, string[]>;
};

export const DEMO_CODES: DemoCode[] = [
	{ key: 'support', name: 'Uzņēmējdarbības atbalsts', description: 'Konsultācijas, mentori, finansējums idejas sākšanai' },
	{ key: 'mentoring', name: 'Mentorings un konsultācijas', parent: 'support' },
	{ key: 'incubator', name: 'Biznesa inkubators', parent: 'support' },
	{ key: 'finance', name: 'Finansējuma pieejamība', parent: 'support' },
	{ key: 'skills', name: 'Prasmes un izglītība' },
	{ key: 'digital', name: 'Digitālās prasmes', parent: 'skills' },
	{ key: 'marketing', name: 'Pārdošana un mārketings', parent: 'skills' },
	{ key: 'infra', name: 'Infrastruktūra' },
	{ key: 'coworking', name: 'Koprades telpas', parent: 'infra' },
	{ key: 'kitchen', name: 'Koplietošanas ražošanas telpas', parent: 'infra', description: 'Sertificēta virtuve, kūpinātava, pārstrādes telpa' },
	{ key: 'transport', name: 'Transports', parent: 'infra' },
	{ key: 'market', name: 'Noieta iespējas' },
	{ key: 'salespoint', name: 'Vietējo produktu tirdzniecības vietas', parent: 'market' },
	{ key: 'tourism', name: 'Tūrisms', parent: 'market' },
	{ key: 'inclusion', name: 'Sociālā iekļaušana' },
	{ key: 'jobs', name: 'Darbs cilvēkiem ar zemām prasmēm', parent: 'inclusion' },
	{ key: 'social', name: 'Sociālā uzņēmējdarbība', parent: 'inclusion' }
];

export const DEMO_INTERVIEWS: DemoInterview[] = [
	{
		key: 'r1', reference: 'HERE-01 Valka', respondentType: 'resident', municipality: 'valkas-novads', heldOn: '2026-09-08', consent: 'written',
		text: 'Es dzīvoju Ērģemes pagastā un strādāju Valkā. Vietējo sieru un gaļu var nopirkt tikai sestdienās tirdziņā. Ja būtu veikaliņš ar vietējiem produktiem pie autoostas, es pirktu katru nedēļu. Autobuss uz Valku iet divas reizes dienā, tāpēc bez mašīnas ir grūti. Daudzi kaimiņi audzē dārzeņus, bet nezina, kā tos pārdot.',
		codes: { 1: ['salespoint'], 2: ['salespoint'], 3: ['transport'], 4: ['marketing'] },
		second: { 1: ['salespoint'], 2: ['salespoint'], 3: ['transport'], 4: ['marketing', 'salespoint'] }
	},
	{
		key: 'r2', reference: 'HERE-02 Alūksne', respondentType: 'resident', municipality: 'aluksnes-novads', heldOn: '2026-09-10', consent: 'oral',
		text: 'Pēc darba zaudēšanas gribētu sākt kaut ko savu, piemēram, cept maizi. Man trūkst zināšanu par grāmatvedību un PVD prasībām. Būtu vajadzīgs kāds, kas parāda soli pa solim un atbalsta pirmo gadu. Mājās nav piemērotas virtuves, lai reģistrētos kā mājražotājs.',
		codes: { 0: ['jobs'], 1: ['mentoring'], 2: ['mentoring', 'incubator'], 3: ['kitchen'] }
	},
	{
		key: 'r3', reference: 'HERE-03 Ludza', respondentType: 'resident', municipality: 'ludzas-novads', heldOn: '2026-09-15', consent: 'written',
		text: 'Jaunieši pēc skolas aizbrauc uz Rīgu vai ārzemēm. Te nav vietas, kur sēdēt ar datoru un strādāt attālināti. Internets laukos ir lēns. Ja būtu koprades telpa, daži varētu palikt un strādāt no šejienes.',
		codes: { 1: ['coworking'], 2: ['digital'], 3: ['coworking'] },
		second: { 1: ['coworking'], 2: ['coworking'], 3: ['coworking'] }
	},
	{
		key: 'e1', reference: 'HERE-04 Kuldīga', respondentType: 'entrepreneur', municipality: 'kuldigas-novads', heldOn: '2026-09-16', consent: 'written',
		text: 'Mums ir neliela zivju kūpinātava, un vasarā tūristi izpērk visu. Ziemā noiets krītas, jo mums nav e-veikala. Gribētu apgūt, kā reklamēties sociālajos tīklos. Sertificētas telpas paplašināšanai ir ļoti dārgas, kopīga pārstrādes telpa palīdzētu arī kaimiņiem.',
		codes: { 0: ['tourism'], 1: ['digital', 'marketing'], 2: ['marketing', 'digital'], 3: ['kitchen', 'finance'] },
		second: { 0: ['tourism'], 1: ['marketing'], 2: ['marketing'], 3: ['kitchen'] }
	},
	{
		key: 'e2', reference: 'HERE-05 Jelgava', respondentType: 'entrepreneur', municipality: 'jelgavas-novads', heldOn: '2026-09-18', consent: 'oral',
		text: 'Kazu saimniecība Ozolnieku pusē ražo pienu, bet siera ražošanai vajag atzītu uzņēmumu. Pircēji jautā pēc kazas siera, bet mēs to nedrīkstam tirgot. LEADER projekts palīdzētu iegādāties iekārtas. Noderētu pieredzes apmaiņa ar citām saimniecībām.',
		codes: { 0: ['kitchen'], 1: ['salespoint'], 2: ['finance'], 3: ['mentoring'] }
	},
	{
		key: 'e3', reference: 'HERE-06 Olaine', respondentType: 'entrepreneur', municipality: 'olaines-novads', heldOn: '2026-09-22', consent: 'written',
		text: 'Esmu amatniece, pinu grozus un rīkoju darbnīcas. Koprades telpa Olainē man dotu vietu darbnīcām un kontaktus ar citiem. Grūtākais ir atrast pircējus ārpus gadatirgiem. Vēlētos mentoru, kas palīdz ar cenām un eksportu.',
		codes: { 1: ['coworking'], 2: ['salespoint', 'marketing'], 3: ['mentoring'] }
	},
	{
		key: 'n1', reference: 'HERE-07 Gulbene', respondentType: 'ngo', municipality: 'gulbenes-novads', heldOn: '2026-10-01', consent: 'written',
		text: 'Mūsu biedrība strādā ar cilvēkiem, kuriem ir grūti atrast darbu. Daudziem trūkst pamatprasmju un pašpārliecības. Sociālais uzņēmums, piemēram, šūšanas darbnīca, dotu darbu un iemaņas. Vajadzīgs inkubators ar mentoriem, kas pavada pirmos mēnešus.',
		codes: { 0: ['jobs'], 1: ['jobs', 'skills'], 2: ['social'], 3: ['incubator', 'mentoring'] },
		second: { 0: ['jobs'], 1: ['jobs'], 2: ['social', 'jobs'], 3: ['incubator'] }
	},
	{
		key: 'n2', reference: 'HERE-08 Rēzekne', respondentType: 'ngo', municipality: 'rezeknes-novads', heldOn: '2026-10-06', consent: 'oral',
		text: 'Latgales keramikas tradīcija ir tūristu magnēts, bet meistari noveco. Jauniešiem vajag apmācības un iespēju mācīties pie meistara. Tūrisma maršrutos trūkst vietu, kur nopirkt vietējo produkciju.',
		codes: { 0: ['tourism'], 1: ['skills', 'mentoring'], 2: ['tourism', 'salespoint'] }
	},
	{
		key: 'm1', reference: 'HERE-09 Valkas pašvaldība', respondentType: 'municipality', municipality: 'valkas-novads', heldOn: '2026-10-08', consent: 'written',
		text: 'Pašvaldība var piedāvāt telpas bijušajā skolā par simbolisku maksu. Mums trūkst cilvēku, kas uzņemtos vadīt koprades vai ražošanas centru. Uzņēmēju atbalsta centrs konsultē, bet nespēj pavadīt katru ideju. Sabiedriskais transports vakaros nekursē.',
		codes: { 0: ['coworking', 'kitchen'], 1: ['incubator'], 2: ['mentoring'], 3: ['transport'] }
	},
	{
		key: 'm2', reference: 'HERE-10 Mārupes pašvaldība', respondentType: 'municipality', municipality: 'marupes-novads', heldOn: '2026-10-13', consent: 'written',
		text: 'Mārupē atvērām vietējo mājražotāju tirdzniecības vietu ar tūrisma informāciju. Pieprasījums pēc vietējiem produktiem ir liels, piedāvājums — nepietiekams. Mājražotājiem vajag palīdzību ar reģistrāciju un marķējumu.',
		codes: { 0: ['salespoint', 'tourism'], 1: ['salespoint'], 2: ['mentoring'] }
	},
	{
		key: 's1', reference: 'HERE-11 NVA filiāle', respondentType: 'state_body', municipality: 'ludzas-novads', heldOn: '2026-10-20', consent: 'written',
		text: 'Reģistrētajiem bezdarbniekiem bieži trūkst digitālo prasmju. Apmācības palīdz, bet pēc tām nav darba vietu tuvumā. Sociālie uzņēmumi varētu būt tilts uz darba tirgu. Svarīgi ir arī transports līdz darbam.',
		codes: { 0: ['digital', 'jobs'], 1: ['jobs'], 2: ['social'], 3: ['transport'] }
	},
	{
		key: 's2', reference: 'HERE-12 LAD konsultants', respondentType: 'state_body', municipality: 'jelgavas-novads', heldOn: '2026-10-27', consent: 'oral',
		text: 'Mazajām saimniecībām ir grūti sagatavot projekta pieteikumu. Atbalsta intensitāte ir laba, bet līdzfinansējums jāatrod pašiem. Kopīgi pārstrādes centri samazinātu katras saimniecības izmaksas.',
		codes: { 0: ['mentoring', 'finance'], 1: ['finance'], 2: ['kitchen'] }
	}
];
