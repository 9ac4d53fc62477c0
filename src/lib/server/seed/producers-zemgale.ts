import { NOTE } from './notes';
import type { ProducerSeed } from './types';

/** Fictional producers in the Zemgale planning region (demo data). */
export const producersZemgale: ProducerSeed[] = [
	{
		name: 'Sulu darītava "Pilsētas dārzs"', kind: 'small_producer', mun: 'Jelgava', loc: 'Jelgava', prec: 'exact',
		addr: 'Rīgas iela 40, Jelgava', post: 'LV-3001', year: 2015, web: true,
		lv: 'Spiežam sulu no Zemgales āboliem un upenēm, ko pērkam no apkārtnes dārziem. Sulu pasterizējam un pildām trīs litru maisos kastē, lai tā stāv visu gadu. Pēc pasūtījuma spiežam arī jūsu pašu ābolus.',
		en: 'We press juice from Zemgale apples and blackcurrants bought from nearby orchards. It is pasteurised and packed in three-litre bag-in-boxes that keep all year. We also press your own apples to order.',
		products: ['abolu-sula', 'upenu-nektars', 'morss', 'smiltserksku-sula'],
		labels: ['pvd'],
		sp: ['jelgavas-zemnieku-tirdzins', 'zemgales-klets']
	},
	{
		name: 'Darbnīca "Glazūra"', kind: 'craftsman', mun: 'Jelgava', loc: 'Jelgava', prec: 'locality', year: 2018, ig: true,
		lv: 'Keramikas darbnīca dzīvoklī ar mazu krāsni. Taisu krūzes un bļodiņas ar zemgaliskiem rakstiem un vāzes ziediem. Vasarās piedalos amatnieku tirdziņos.',
		products: ['kruze', 'blodina', 'vaze', 'skivis'],
		sp: ['zemgales-klets', 'bauskas-janu-tirgus']
	},
	{
		// ANCHOR: a farm in Ozolnieku pagasts (Jelgavas novads), supported by Lauku partnerība "Lielupe"
		name: 'Ozolkalna kazas', kind: 'farm', mun: 'Jelgavas novads', loc: 'Ozolnieku pagasts', prec: 'exact',
		addr: '“Ozolkalns”, Ozolnieku pagasts, Jelgavas novads', year: 2016, web: true, fb: true,
		lv: 'Neliela kazu saimniecība pie Iecavas upes. Sieru sējam no kazu piena tajā pašā dienā, kad kazas izslauktas. Sētā var apskatīt kazas un nopirkt sieru, iepriekš piezvanot.',
		en: 'A small goat farm by the Iecava river. Cheese is made from the milk on the day of milking. Visitors can meet the goats and buy cheese at the farm – please call ahead.',
		ro: 'O mică fermă de capre lângă râul Iecava. Brânza se face din laptele proaspăt muls, în aceeași zi. Vizitatorii pot vedea caprele și cumpăra brânză la fermă, cu un telefon în prealabil.',
		products: ['kazas-siers-svaigs', 'kazas-siers-nogatinats', 'kazas-piens', 'biezpiens'],
		labels: ['pvd', 'novada-garsa'],
		sp: ['ozolkalna-kazu-seta', 'ozolnieku-labumu-bode', ['jelgavas-zemnieku-tirdzins', NOTE.sat]]
	},
	{
		name: 'Ceptuve "Siltā maize"', kind: 'home_producer', mun: 'Jelgavas novads', loc: 'Ozolnieki', prec: 'locality', year: 2014,
		lv: 'Mājas virtuvē cepam pīrādziņus, ābolu pīrāgus un rupjmaizi. Vasarā no kaimiņu rabarberiem top plātsmaize. Pasūtījumus var saņemt Ozolniekos vai Jelgavas tirdziņā.',
		products: ['speka-piradzini', 'abolu-pirags', 'platsmaize', 'rupjmaize'],
		labels: ['pvd'],
		sp: ['ozolnieku-labumu-bode', ['jelgavas-zemnieku-tirdzins', NOTE.sat]]
	},
	{
		name: 'Z/S "Pļavnieki"', kind: 'farm', mun: 'Jelgavas novads', loc: 'Kalnciema pagasts', prec: 'exact',
		addr: '“Pļavnieki”, Kalnciema pagasts, Jelgavas novads', year: 2002,
		lv: 'Gaļas liellopi un cūkas Lielupes palienes pļavās. Liellopu gaļu pārdodam pa kastēm, cūkgaļu – kūpinātu. Pasūtījumus pieņemam pa telefonu.',
		products: ['liellopu-steiks', 'liellopu-malta', 'kup-cukgala', 'kup-spekis'],
		labels: ['pvd'],
		sp: ['ozolnieku-labumu-bode']
	},
	{
		name: 'Z/S "Dārziņi"', kind: 'farm', mun: 'Jelgavas novads', loc: 'Svētes pagasts', prec: 'exact',
		addr: '“Dārziņi”, Svētes pagasts, Jelgavas novads', year: 1991,
		lv: 'Zemgales auglīgajā zemē audzējam kartupeļus, burkānus, bietes un kāpostus. Esam viena no vecākajām dārzeņu saimniecībām pagastā. Dārzeņus piegādājam arī skolām.',
		en: 'We grow potatoes, carrots, beetroot and cabbage in Zemgale’s fertile soil – one of the oldest vegetable farms in the parish. We also supply local schools.',
		products: ['kartupeli', 'burkani', 'bietes', 'kaposti', 'sipoli'],
		labels: ['pvd', 'zala-karotite'],
		sp: ['jelgavas-zemnieku-tirdzins', 'zemgales-klets']
	},
	{
		name: 'Z/S "Ogas"', kind: 'farm', mun: 'Jelgavas novads', loc: 'Elejas pagasts', prec: 'exact',
		addr: '“Ogas”, Elejas pagasts, Jelgavas novads', year: 2009,
		lv: 'Krūmmellenes, upenes un avenes audzējam netālu no Lietuvas robežas. Ogas lasām ar roku un tās pašā dienā vedam uz tirgu. Ziemai sasaldējam ogu maisījumu.',
		products: ['krummellenes', 'upenes', 'avenes', 'ogu-maisijums'],
		labels: ['pvd'],
		sp: ['jelgavas-zemnieku-tirdzins']
	},
	{
		name: 'Dabas kosmētika "Pienene"', kind: 'small_producer', mun: 'Jelgavas novads', loc: 'Zaļenieku pagasts', prec: 'exact',
		addr: '“Pienenes”, Zaļenieku pagasts, Jelgavas novads', year: 2017, ig: true,
		lv: 'Ziepes vāram aukstajā metodē ar augu eļļām un pašu audzētiem garšaugiem. Lūpu balzamā liekam bišu vasku no kaimiņa dravas. Visi produkti ir bez sintētiskām smaržvielām.',
		en: 'Our soap is cold-process, made with plant oils and herbs we grow ourselves. The lip balm uses beeswax from a neighbour’s apiary. Nothing contains synthetic fragrance.',
		products: ['ziepes', 'lupu-balzams', 'skrubis', 'vannas-sals'],
		sp: ['zemgales-klets', 'lauku-grozs']
	},
	{
		name: 'Bišu drava "Liepziedi"', kind: 'home_producer', mun: 'Jelgavas novads', loc: 'Vircavas pagasts', prec: 'municipality', year: 2010,
		lv: 'Dravā ir ap četrdesmit saimju. Liepu medu sviežam jūlija vidū, ziedu medu – augustā. Pavasarī gatavojam krēmmedu un propolisa tinktūru.',
		products: ['medus-liepu', 'medus-ziedu', 'medus-krem', 'propoliss'],
		labels: ['pvd', 'majrazotaju-biedribas-biedrs'],
		sp: ['ozolnieku-labumu-bode']
	},
	{
		name: 'SIA "Zemgales rupjmaize"', kind: 'small_producer', mun: 'Dobeles novads', loc: 'Dobele', prec: 'exact',
		addr: 'Brīvības iela 15, Dobele', post: 'LV-3701', year: 2008,
		lv: 'Rudzu maizi cepam kā senāk: mīklu plaucējam, raudzējam diennakti un cepam uz kļavu lapām. Maizes čipsus grauzdējam no atgriezumiem. Maize ir Dobeles un Jelgavas veikalos.',
		products: ['rupjmaize', 'saldskabmaize', 'rudzu-cipsi', 'ieraugmaize'],
		labels: ['pvd', 'zala-karotite'],
		sp: ['dobeles-tirdzins', 'zemgales-klets']
	},
	{
		name: 'Z/S "Kalnāji"', kind: 'farm', mun: 'Dobeles novads', loc: 'Tērvetes pagasts', prec: 'exact',
		addr: '“Kalnāji”, Tērvetes pagasts, Dobeles novads', year: 2004, fb: true,
		lv: 'Ābeļdārzs Tērvetes pakalnos, kur aug gan vecās, gan jaunās šķirnes. Rudenī pārdodam ābolus, visu gadu – sulu, sidru un pastilu. Pie mājām ir neliels veikaliņš.',
		en: 'An orchard in the hills of Tērvete with old and new apple varieties. Apples in autumn; juice, cider and pastila all year. There is a small shop by the house.',
		products: ['aboli', 'abolu-sula', 'abolu-sidrs', 'pastila'],
		labels: ['pvd'],
		sp: ['dobeles-tirdzins', 'lauku-grozs']
	},
	{
		name: 'Gardumu lāde', kind: 'home_producer', mun: 'Dobeles novads', loc: 'Auce', prec: 'locality', year: 2020,
		lv: 'Vāru plūmju un cidoniju ievārījumus, kā arī rabarberu džemu ar ingveru. Receptes esmu pielāgojusi, lai cukura būtu mazāk. Burkas pārdodu Auces un Dobeles tirdziņos.',
		products: ['iev-plumju', 'iev-cidoniju', 'dzems-rabarberu', 'iev-upenu'],
		labels: ['pvd'],
		sp: ['dobeles-tirdzins']
	},
	{
		name: 'Z/S "Gaiļi"', kind: 'farm', mun: 'Dobeles novads', loc: 'Penkules pagasts', prec: 'exact',
		addr: '“Gaiļi”, Penkules pagasts, Dobeles novads', year: 2012,
		lv: 'Vistas, pīles un zosis dzīvo pagalmā un dārzā. Olas pārdodam visu gadu, zosis – tikai pirms Mārtiņiem un Ziemassvētkiem. Pasūtījumus pieņemam jau no septembra.',
		products: ['vistu-olas', 'pilu-olas', 'zoss', 'majas-vista'],
		labels: ['pvd'],
		sp: ['dobeles-tirdzins']
	},
	{
		name: 'Galdniecība "Ozolkoks"', kind: 'craftsman', mun: 'Dobeles novads', loc: 'Bērzes pagasts', prec: 'locality', year: 2005,
		lv: 'Galdniecībā strādājam divatā – tēvs un dēls. Taisām dēlīšus, bļodas un kausus, bet lielākoties mēbeles pēc pasūtījuma. Koku žāvējam paši.',
		products: ['delitis', 'koka-bloda', 'kauss', 'sviesta-nazitis'],
		sp: ['bauskas-janu-tirgus']
	},
	{
		name: 'Siera darbnīca "Mūsa"', kind: 'small_producer', mun: 'Bauskas novads', loc: 'Bauska', prec: 'exact',
		addr: 'Kalna iela 12, Bauska', post: 'LV-3901', year: 2013, web: true,
		lv: 'Sieru sējam no Bauskas apkārtnes saimniecību piena. Jāņu siers ir mūsu pamatprodukts, bet ziemā vairāk pērk kūpināto sieru. Darbnīcas veikals ir atvērts darbdienās.',
		en: 'We make cheese from the milk of farms around Bauska. Caraway cheese is our staple, while smoked cheese sells best in winter. The workshop shop opens on weekdays.',
		products: ['janu-siers', 'kupinats-siers', 'siers-garsaugi', 'biezpiens'],
		labels: ['pvd-atzits'],
		sp: ['bauskas-tirdzins', 'zemgales-klets']
	},
	{
		name: 'Z/S "Zemeņkalni"', kind: 'farm', mun: 'Bauskas novads', loc: 'Rundāles pagasts', prec: 'exact',
		addr: '“Zemeņkalni”, Rundāles pagasts, Bauskas novads', year: 2006, web: true, fb: true,
		lv: 'Zemenes audzējam astoņos hektāros, daļu siltumnīcās, lai raža sāktos agrāk. Jūnijā un jūlijā ogu laukā var lasīt pats. Vēlāk nāk krūmmellenes un upenes.',
		en: 'Strawberries on eight hectares, some under tunnels for an early start. In June and July you can pick your own. Blueberries and blackcurrants follow later in summer.',
		products: ['zemenes', 'krummellenes', 'upenes', 'iev-zemenu'],
		labels: ['pvd', 'zala-karotite'],
		sp: ['zemenkalnu-ogu-laukums', 'bauskas-tirdzins']
	},
	{
		name: 'Kūpinātava "Dūmiņš"', kind: 'home_producer', mun: 'Bauskas novads', loc: 'Iecava', prec: 'municipality', year: 2016,
		lv: 'Mājas kūpinātavā kūpinu cūkgaļu, vistas un speķi. Gaļu pērku no vietējiem zemniekiem, sāli un garšvielas lieku pēc sajūtas. Pasūtījumi jāpiesaka nedēļu iepriekš.',
		products: ['kup-cukgala', 'kup-vista', 'kup-spekis', 'mednieku-desinas'],
		labels: ['pvd'],
		sp: [['bauskas-tirdzins', NOTE.order]]
	},
	{
		name: 'Z/S "Kalnieši"', kind: 'farm', mun: 'Bauskas novads', loc: 'Vecumnieku pagasts', prec: 'exact',
		addr: '“Kalnieši”, Vecumnieku pagasts, Bauskas novads', year: 1998,
		lv: 'Cūkkopība ar pašu pārstrādi. Gatavojam sautējumu burkās, aknu pastēti un asinsdesu. Sautējums ir iecienīts mednieku un makšķernieku vidū.',
		products: ['sautejums', 'aknu-pastete', 'asinsdesa', 'kup-spekis'],
		labels: ['pvd-atzits'],
		sp: ['bauskas-tirdzins']
	},
	{
		name: 'Rotu darbnīca "Saules zīme"', kind: 'craftsman', mun: 'Bauskas novads', loc: 'Codes pagasts', prec: 'locality', year: 2012,
		lv: 'Kaļu sudraba gredzenus, saktas un auskarus ar senajām zīmēm – Saules, Māras un Jumja krustu. Katrai rotai pievienoju nelielu aprakstu par zīmes nozīmi. Pēc pasūtījuma gravēju.',
		products: ['sudraba-gredzens', 'auskari', 'sudraba-sakta'],
		labels: ['amata-meistars=rotkalis'],
		sp: ['bauskas-janu-tirgus']
	},
	{
		name: 'Pļavu tējas', kind: 'home_producer', mun: 'Bauskas novads', loc: 'Mežotnes pagasts', prec: 'locality', year: 2019,
		lv: 'Tējas augus vācam Lielupes un Mūsas palienes pļavās, kur tās nekad nav miglotas ar ķimikālijām. Liepziedus lasām jūlijā. Tējas sajaucam nelielās partijās.',
		products: ['teja-zalu', 'teja-liepziedu', 'teja-kumelisu', 'garsaugu-sals'],
		sp: ['bauskas-tirdzins']
	},
	{
		name: 'Burciņu virtuve', kind: 'home_producer', mun: 'Aizkraukles novads', loc: 'Koknese', prec: 'locality', year: 2018,
		lv: 'Rabarberu džemu ar ingveru un ābolu biezeni gatavoju no sava dārza. Marinēts ķirbis ir pēc mammas receptes ar krustnagliņām. Burkas vedu uz Aizkraukles tirdziņu.',
		products: ['dzems-rabarberu', 'abolu-biezenis', 'marinets-kirbis', 'iev-upenu'],
		labels: ['pvd'],
		sp: ['aizkraukles-tirdzins']
	},
	{
		name: 'Z/S "Piennieki"', kind: 'farm', mun: 'Aizkraukles novads', loc: 'Skrīveru pagasts', prec: 'exact',
		addr: '“Piennieki”, Skrīveru pagasts, Aizkraukles novads', year: 2000,
		lv: 'Divdesmit govju saimniecība, kas pienu pārstrādā pati. Kefīru un jogurtu raudzējam ar dzīvajām kultūrām, biezpienu spiežam maisos. Produkti ir Aizkraukles tirdziņā.',
		products: ['kefirs', 'jogurts', 'biezpiens', 'svaigpiens'],
		labels: ['pvd-atzits'],
		sp: ['aizkraukles-tirdzins']
	},
	{
		name: 'Z/S "Druvas"', kind: 'farm', mun: 'Aizkraukles novads', loc: 'Neretas pagasts', prec: 'exact',
		addr: '“Druvas”, Neretas pagasts, Aizkraukles novads', year: 1995,
		lv: 'Graudkopības saimniecība Sēlijā. Lielāko daļu graudu pārdodam, bet rudzus un griķus maļam paši un fasējam mazos maisiņos. Auzu pārslas ir bez piedevām.',
		products: ['rudzu-milti', 'griki', 'auzu-parslas', 'speltas-milti'],
		labels: ['pvd'],
		sp: ['aizkraukles-tirdzins', 'lauku-grozs']
	},
	{
		name: 'Pinumi "Klūga"', kind: 'craftsman', mun: 'Aizkraukles novads', loc: 'Pļaviņas', prec: 'locality', year: 2015,
		lv: 'Pinu grozus no klūdziņām un skaliem. Skalus plēšu no priedes un apses. Daugavas svētkos Pļaviņās rādu, kā top grozs.',
		products: ['grozs', 'senu-grozs', 'skalu-grozs', 'tass-karba'],
		sp: ['aizkraukles-tirdzins', 'bauskas-janu-tirgus']
	},
	{
		name: 'Z/S "Medņi"', kind: 'farm', mun: 'Aizkraukles novads', loc: 'Vietalvas pagasts', prec: 'exact',
		addr: '“Medņi”, Vietalvas pagasts, Aizkraukles novads', year: 2003,
		lv: 'Bites turam meža ielokā, tāpēc medus ir tumšs un spēcīgs. Vasaras beigās stropus vedam uz griķu laukiem. Bišu maizi ievācam pavasarī.',
		products: ['medus-griku', 'medus-meza', 'bisu-maize', 'vaska-sveces'],
		labels: ['pvd'],
		sp: ['aizkraukles-tirdzins']
	},
	{
		name: 'Kūku darbnīca "Ķirsis"', kind: 'small_producer', mun: 'Jēkabpils novads', loc: 'Jēkabpils', prec: 'exact',
		addr: 'Brīvības iela 120, Jēkabpils', year: 2019, ig: true,
		lv: 'Cepam kūkas un maizītes Krustpils pusē. Medus kūka ir vispieprasītākā, svētdienām pērk kanēļmaizītes. Pasūtījumus pieņemam arī lielākām svinībām.',
		products: ['medus-kuka', 'biezpiena-kuka', 'kanelmaizites', 'klingeris'],
		labels: ['pvd'],
		sp: ['jekabpils-tirdzins']
	},
	{
		name: 'Z/S "Sēļu ozoli"', kind: 'farm', mun: 'Jēkabpils novads', loc: 'Aknīstes pagasts', prec: 'exact',
		addr: '“Sēļu ozoli”, Aknīstes pagasts, Jēkabpils novads', year: 2007,
		lv: 'Audzējam cūkas un gatavojam desas, kā tās taisīja Sēlijā. Žāvēto desu turam vēsā klētī vairākas nedēļas. Speķi kūpinām ar kadiķa zariem.',
		products: ['kup-spekis', 'zaveta-desa', 'mednieku-desinas', 'asinsdesa'],
		labels: ['pvd-atzits'],
		sp: ['jekabpils-tirdzins']
	},
	{
		name: 'Ievārījumu pagrabiņš', kind: 'home_producer', mun: 'Jēkabpils novads', loc: 'Viesīte', prec: 'municipality', year: 2017,
		lv: 'Mellenes un brūklenes lasām Sēlijas mežos, biešu salātiem bietes audzējam paši. Ievārījumus vāru nelielās partijās un lieku pagrabā. Pasūtījumus var saņemt Jēkabpilī.',
		products: ['iev-mellenu', 'iev-bruklenu', 'biesu-salati', 'iev-dzervenu'],
		labels: ['pvd'],
		sp: ['jekabpils-tirdzins']
	},
	{
		name: 'Z/S "Daugavieši"', kind: 'farm', mun: 'Jēkabpils novads', loc: 'Salas pagasts', prec: 'exact',
		addr: '“Daugavieši”, Salas pagasts, Jēkabpils novads', year: 1997,
		lv: 'Dārzeņu saimniecība Daugavas krastā. Ķiplokus audzējam no pašu sēklas materiāla, ķirbjus – vairākās šķirnēs. Kartupeļus pārdodam maisos ziemas krājumiem.',
		products: ['kartupeli', 'kiploki', 'kirbji', 'burkani'],
		labels: ['pvd'],
		sp: ['jekabpils-tirdzins']
	},
	{
		name: 'Adījumu darbnīca "Kamols"', kind: 'craftsman', mun: 'Jēkabpils novads', loc: 'Zasas pagasts', prec: 'locality', year: 2014,
		lv: 'Trīs kaimiņienes, kas adām cimdus, zeķes un bērnu cepures. Ziemā velam filca čības. Dziju pērkam Latvijā, krāsas izvēlamies kopā.',
		products: ['cimdi', 'zekes', 'filca-cibas', 'berna-cepure'],
		sp: ['jekabpils-tirdzins']
	},
	{
		name: 'SIA "Zaļā sēta"', kind: 'social_enterprise', mun: 'Jēkabpils novads', loc: 'Rites pagasts', prec: 'exact',
		addr: '“Zaļā sēta”, Rites pagasts, Jēkabpils novads', year: 2020, web: true,
		lv: 'Sociālais uzņēmums, kurā siltumnīcās strādā cilvēki ar invaliditāti. Audzējam salātus, zaļumus, mikrozaļumus un garšaugus podiņos. Piegādājam tos kafejnīcām un skolām.',
		en: 'A social enterprise where people with disabilities work in our greenhouses. We grow lettuce, herbs, microgreens and potted herbs, and supply cafés and schools.',
		products: ['salati', 'zalumi', 'mikrozalumi', 'garsaugi-podina'],
		labels: ['socialais-uznemums', 'pvd'],
		sp: ['jekabpils-tirdzins', 'lauku-grozs']
	}
];
