import { NOTE } from './notes';
import type { ProducerSeed } from './types';

/** Fictional producers in the Vidzeme planning region (demo data). */
export const producersVidzeme: ProducerSeed[] = [
	{
		// ANCHOR: pending – must never appear publicly
		name: 'Rūķīšu maiznīca', kind: 'home_producer', mun: 'Cēsu novads', loc: 'Cēsis', prec: 'locality', year: 2026, status: 'pending',
		lv: 'Mazā mājas maiznīca Cēsīs. Cepam rupjmaizi un kanēļmaizītes, bet pirms Ziemassvētkiem – piparkūkas.',
		products: ['rupjmaize', 'kanelmaizites', 'piparkukas']
	},
	{
		name: 'Z/S "Dzērvenāji"', kind: 'farm', mun: 'Cēsu novads', loc: 'Vecpiebalgas pagasts', prec: 'exact',
		addr: '“Dzērvenāji”, Vecpiebalgas pagasts, Cēsu novads', year: 2000,
		lv: 'Dzērvenes audzējam vecā kūdras purvā, kur citām kultūrām ir par slapju. Ražu novācam oktobrī, kad ogas ir tumši sarkanas. No dzērvenēm vārām arī ievārījumu un morsu.',
		products: ['dzervenes', 'iev-dzervenu', 'morss', { cat: 'augli-un-ogas', lv: 'Kaltētas dzērvenes', en: 'Dried cranberries', price: 400, unit: 'g', amount: 100 }],
		labels: ['pvd', 'novada-garsa'],
		sp: ['cesu-sestdienas-tirdzins', 'lauku-seta-cesis']
	},
	{
		name: 'Z/S "Liepkalni"', kind: 'farm', mun: 'Cēsu novads', loc: 'Drabešu pagasts', prec: 'exact',
		addr: '“Liepkalni”, Drabešu pagasts, Cēsu novads', year: 1995, web: true, fb: true,
		lv: 'Trīsdesmit govju ganāmpulks un neliela siera darītava kūts galā. Jāņu sieru sējam visu gadu, bet ar garšaugiem un kūpināto – pēc sezonas. Saimniecības klētī pie ceļa sieru var nopirkt katru dienu.',
		en: 'A herd of thirty cows and a small cheese room at the end of the barn. We make caraway cheese all year, the herb and smoked cheeses by season. The farm’s roadside shop is open every day.',
		products: ['janu-siers', 'siers-garsaugi', 'kupinats-siers', 'biezpiens', 'sviests'],
		labels: ['pvd-atzits', 'zala-karotite'],
		sp: ['liepkalnu-siera-klets', 'liepkalnu-siers-e-veikals', 'cesu-sestdienas-tirdzins']
	},
	{
		name: 'Kokgriezēja darbnīca "Skaida"', kind: 'craftsman', mun: 'Cēsu novads', loc: 'Līgatne', prec: 'locality', year: 2013,
		lv: 'Grieztus kausus un karotes veidoju no bērza un liepas, kas aug Gaujas krastos. Bērniem taisu koka zirdziņus un putnu būrīšus. Vasarā darbnīca atvērta tūristiem, ziemā – pēc vienošanās.',
		en: 'I carve ladles and spoons from birch and linden growing along the Gauja. For children I make wooden horses and birdhouses. The workshop is open to visitors in summer and by arrangement in winter.',
		products: ['kauss', 'koka-karote', 'rotallieta', 'putnu-buritis'],
		sp: ['cesu-ziemassvetku-gadatirgus', 'lauku-seta-cesis']
	},
	{
		name: 'SIA "Graudu klēts"', kind: 'small_producer', mun: 'Cēsu novads', loc: 'Priekuļu pagasts', prec: 'exact',
		addr: '“Dzirnavnieki”, Priekuļu pagasts, Cēsu novads', year: 2011, web: true,
		lv: 'Maļam miltus ar akmens dzirnavām no bioloģiski audzētiem rudziem, speltas un griķiem. Auzas pārslojam tikai pēc pasūtījuma, lai tās nesāktu rūgt. Pelēkos zirņus audzē kaimiņu saimniecība.',
		en: 'We stone-mill organic rye, spelt and buckwheat. Oats are flaked only to order so they stay fresh. Our grey peas come from the neighbouring farm.',
		products: ['rudzu-milti', 'speltas-milti', 'auzu-parslas', 'griki', 'peleki-zirni'],
		labels: ['pvd', 'biologisks', 'latvijas-ekoprodukts'],
		sp: ['lauku-seta-cesis', 'lauku-grozs']
	},
	{
		name: 'Z/S "Strautiņi"', kind: 'farm', mun: 'Cēsu novads', loc: 'Amatas pagasts', prec: 'exact',
		addr: '“Strautiņi”, Amatas pagasts, Cēsu novads', year: 2008, fb: true,
		lv: 'Foreles audzējam dīķos, ko baro avoti no Amatas senlejas krastiem. Ūdens visu gadu ir vēss, un zivis aug lēni. Svaigas un kūpinātas foreles var nopirkt pie dīķiem, iepriekš piezvanot.',
		products: ['svaiga-forele', 'kup-forele', 'forelu-ikri', { cat: 'zivis', lv: 'Foreļu pastēte', en: 'Trout pâté', price: 400, unit: 'g', amount: 150 }],
		labels: ['pvd-atzits'],
		sp: ['strautinu-forelu-diki', 'cesu-sestdienas-tirdzins']
	},
	{
		name: 'Aušanas darbnīca "Stelles"', kind: 'craftsman', mun: 'Cēsu novads', loc: 'Jaunpiebalgas pagasts', prec: 'locality', year: 1998,
		lv: 'Aužu vilnas segas, lina galdautus un jostas pēc Piebalgas rakstiem. Stelles man ir vēl no vecmāmiņas, tikai nedaudz pielabotas. Pasūtījumiem jārēķinās ar dažiem mēnešiem.',
		products: ['austa-josta', 'vilnas-sega', 'galdauts', 'lina-dvielis'],
		labels: ['amata-meistars=audēja'],
		sp: ['cesu-ziemassvetku-gadatirgus']
	},
	{
		name: 'Ilzes saldumi', kind: 'home_producer', mun: 'Valmieras novads', loc: 'Valmiera', prec: 'municipality', year: 2021, ig: true,
		lv: 'Vāru īrisus un medus karameles pēc receptēm, kas mūsu ģimenē ir jau gadiem. Bērniem patīk cukurgailīši, pieaugušajiem – riekstu batoniņi ar medu. Pasūtījumus var saņemt Valmierā.',
		products: ['gotinas', 'medus-karameles', 'cukurgailisi', 'riekstu-batonins'],
		labels: ['pvd'],
		sp: [['valmieras-lauku-tirdzins', NOTE.sat]]
	},
	{
		name: 'Z/S "Mežvidi"', kind: 'farm', mun: 'Valmieras novads', loc: 'Burtnieku pagasts', prec: 'exact',
		addr: '“Mežvidi”, Burtnieku pagasts, Valmieras novads', year: 1997,
		lv: 'Cūkas audzējam brīvā turēšanā un gaļu pārstrādājam pašu cehā. Asinsdesas gatavojam tikai pirms Ziemassvētkiem, pastēti un sautējumu – visu gadu. Gaļas produktus vedam uz Valmieras tirdziņu.',
		products: ['kup-cukgala', 'asinsdesa', 'aknu-pastete', 'sautejums'],
		labels: ['pvd-atzits'],
		sp: ['valmieras-lauku-tirdzins', 'burtnieku-bode']
	},
	{
		name: 'Darbnīca "Siksna"', kind: 'craftsman', mun: 'Valmieras novads', loc: 'Rūjiena', prec: 'exact',
		addr: 'Rīgas iela 10, Rūjiena, Valmieras novads', year: 2014, web: true,
		lv: 'Šujam somas, makus un jostas no dabīgi miecētas ādas, ko pērkam Igaunijā un Latvijā. Katram izstrādājumam šuvi veidojam ar roku. Pēc pasūtījuma gatavojam arī pastalas.',
		en: 'We make bags, wallets and belts from vegetable-tanned leather bought in Estonia and Latvia. Every seam is hand-stitched. Traditional pastalas are made to order.',
		products: ['adas-soma', 'adas-maks', 'adas-josta', 'pastalas'],
		sp: ['burtnieku-bode', 'cesu-ziemassvetku-gadatirgus']
	},
	{
		name: 'Tēju pūrs', kind: 'home_producer', mun: 'Valmieras novads', loc: 'Mazsalaca', prec: 'locality', year: 2016,
		lv: 'Ugunspuķes lapas vācam jūlijā, raudzējam un žāvējam krāsnī – tā tējai rodas maiga, augļaina garša. Liepziedus un upeņu lapas lasām savā dārzā. Tējas iepakojam papīra maisiņos.',
		products: ['teja-ugunspukes', 'teja-liepziedu', 'teja-upenu-lapu', 'teja-zalu'],
		labels: ['pvd', 'majrazotaju-biedribas-biedrs'],
		sp: ['burtnieku-bode', 'lauku-grozs']
	},
	{
		// ANCHOR: the name starts with "Ā" – sorts after every A-name, before B
		name: 'Āboliņu dārzs', kind: 'farm', mun: 'Valmieras novads', loc: 'Kocēnu pagasts', prec: 'exact',
		addr: '“Āboliņi”, Kocēnu pagasts, Valmieras novads', year: 2004, web: true,
		lv: 'Ābeļdārzā aug ap divdesmit šķirņu ābeles, daļa no tām – vecās latviešu šķirnes. Rudenī pārdodam ābolus un bumbierus, visu gadu – sulu un kaltētus ābolu čipsus. Sulu spiežam bez cukura.',
		en: 'The orchard has some twenty apple varieties, several of them old Latvian ones. In autumn we sell apples and pears, and all year round juice and dried apple crisps. The juice has no added sugar.',
		products: ['aboli', 'bumbieri', 'plumes', 'abolu-sula', 'abolu-cipsi'],
		labels: ['pvd', 'novada-garsa'],
		sp: ['valmieras-lauku-tirdzins', 'burtnieku-bode']
	},
	{
		name: 'Z/S "Aitiņas"', kind: 'farm', mun: 'Valmieras novads', loc: 'Trikātas pagasts', prec: 'exact',
		addr: '“Aitiņas”, Trikātas pagasts, Valmieras novads', year: 2012, fb: true,
		lv: 'Turam ap simt Latvijas tumšgalves aitu. Rudenī pārdodam jēra gaļu, no aitu piena pavasarī sējam sieru. No vilnas vērpjam dziju, un daļa tās pārtop segās.',
		products: ['jera-gala', 'aitas-siers', 'dzija', 'vilnas-sega'],
		labels: ['pvd'],
		sp: ['valmieras-lauku-tirdzins']
	},
	{
		name: 'Dzērienu darītava "Rudzupuķe"', kind: 'small_producer', mun: 'Smiltenes novads', loc: 'Smiltene', prec: 'exact',
		addr: 'Baznīcas laukums 3, Smiltene', post: 'LV-4729', year: 2019, fb: true, ig: true,
		lv: 'Kvasu raudzējam no pašu ceptas rudzu maizes, bez koncentrātiem. Pavasarī vācam bērzu sulu, ko daļēji raudzējam, lai tā stāvētu visu gadu. Vasarā taisām arī piparmētru limonādi un nefiltrētu alu.',
		products: ['kvass', 'berzu-sula-raudzeta', 'limonade', 'alus'],
		labels: ['pvd'],
		sp: ['smiltenes-lauku-labumu-punkts']
	},
	{
		name: 'Meža veltes', kind: 'home_producer', mun: 'Smiltenes novads', loc: 'Bilskas pagasts', prec: 'municipality', year: 2014,
		lv: 'Sēnes un ogas lasām Bilskas un Smiltenes mežos. Gailenes un baravikas sezonā pārdodam svaigas, pārējās kaltējam. Mellenes un brūklenes mērām litros, kā tirgū ierasts.',
		ru: 'Грибы и ягоды собираем в лесах вокруг Билски и Смилтене. Лисички и белые в сезон продаём свежими, остальное сушим.',
		products: ['gailenes', 'baravikas', 'kaltetas-baravikas', 'mellenes', 'bruklenes'],
		sp: ['smiltenes-lauku-labumu-punkts', ['valmieras-lauku-tirdzins', NOTE.summer]]
	},
	{
		name: 'Biškopības saimniecība "Kamenes"', kind: 'farm', mun: 'Smiltenes novads', loc: 'Launkalnes pagasts', prec: 'exact',
		addr: '“Kamenes”, Launkalnes pagasts, Smiltenes novads', year: 1992, web: true, fb: true,
		lv: 'Vairāk nekā divsimt bišu saimju, kuras vasarā vedam uz griķu laukiem un viršiem. Tāpēc mums ir gan tumšais griķu, gan viršu medus. Medu iepakojam arī lielākos traukos ēdinātājiem.',
		en: 'Over two hundred colonies, which we move to buckwheat fields and heathland in summer. That gives us dark buckwheat honey as well as heather honey. Honey is also packed in larger tubs for caterers.',
		products: ['medus-griku', 'medus-virsu', 'medus-krem', 'ziedputeksni', 'propoliss'],
		labels: ['pvd', 'zala-karotite'],
		sp: ['kamenes-e-veikals', 'smiltenes-lauku-labumu-punkts']
	},
	{
		name: 'Koka darbnīca "Čiekurs"', kind: 'craftsman', mun: 'Valkas novads', loc: 'Vijciema pagasts', prec: 'locality', year: 2017,
		lv: 'Taisu koka rotaļlietas no priedes un bērza – zirdziņus, mašīnas un kluču komplektus. Krāsām izmantoju tikai bērniem drošu eļļu un vasku. Darbnīca ir turpat pie mājas, Vijciemā.',
		products: ['rotallieta', 'putnu-buritis', 'koka-karote', { cat: 'koka-izstradajumi', lv: 'Koka kluču komplekts', en: 'Wooden building blocks', price: 3500, unit: 'set', amount: 1 }],
		sp: ['smiltenes-lauku-labumu-punkts']
	},
	{
		name: 'Z/S "Kalnasētas"', kind: 'farm', mun: 'Valkas novads', loc: 'Ērģemes pagasts', prec: 'exact',
		addr: '“Kalnasētas”, Ērģemes pagasts, Valkas novads', year: 2006,
		lv: 'Audzējam kaņepes un linus un spiežam no tiem eļļu aukstā spiedienā. Kaņepju sviestu maļam no grauzdētām sēklām, kā to darīja senāk. Saimniecība ir bioloģiski sertificēta.',
		en: 'We grow hemp and flax and cold-press the seeds for oil. Hemp butter is ground from roasted seeds, the old way. The farm is certified organic.',
		products: ['kanepju-ella', 'kanepju-sviests', 'linsseklu-ella', 'kirbju-seklas'],
		labels: ['pvd', 'biologisks'],
		sp: ['lauku-grozs', 'smiltenes-lauku-labumu-punkts']
	},
	{
		name: 'Mājas ceptuve "Pūteļi"', kind: 'home_producer', mun: 'Alūksnes novads', loc: 'Jaunalūksnes pagasts', prec: 'locality', year: 2013,
		lv: 'Sklandraušus cepam tāpat kā Alūksnes pusē senāk – uz rudzu mīklas ar burkānu un kartupeļu pildījumu. Cepam arī rupjmaizi un speķa pīrādziņus. Lielākus pasūtījumus jāpiesaka vismaz nedēļu iepriekš.',
		products: ['sklandrausi', 'rupjmaize', 'speka-piradzini', 'klingeris'],
		labels: ['pvd'],
		sp: ['aluksnes-tirdzins']
	},
	{
		name: 'Z/S "Kalnruķi"', kind: 'farm', mun: 'Alūksnes novads', loc: 'Veclaicenes pagasts', prec: 'exact',
		addr: '“Kalnruķi”, Veclaicenes pagasts, Alūksnes novads', year: 2005,
		lv: 'Staltbriežus audzējam iežogotā mežā Veclaicenes kalnos. Dzīvniekus kauj atzītā kautuvē, bet desas gatavojam paši. Mežacūku desai gaļu atved kaimiņu mednieki.',
		products: ['brieza-gala', 'mezacukas-desa', 'zaveta-desa', { cat: 'gala', lv: 'Brieža gaļas pastēte', en: 'Venison pâté', price: 450, unit: 'g', amount: 200 }],
		labels: ['pvd-atzits'],
		sp: ['aluksnes-tirdzins', 'lauku-grozs']
	},
	{
		// ANCHOR: products without a price (works to order)
		name: 'Kalēja darbnīca "Zvirgzdi"', kind: 'craftsman', mun: 'Alūksnes novads', loc: 'Mālupes pagasts', prec: 'locality', year: 2002,
		noPrices: true,
		lv: 'Kaļu nažus, cirvjus un kamīna piederumus. Katru darbu veidoju pēc pasūtījuma, tāpēc cenas sarunājam atsevišķi. Darbnīcā var noskatīties, kā strādā kalējs.',
		products: ['kalts-nazis', 'kalts-cirvis', 'kalts-svecturis', 'pakavs', 'kamina-komplekts'],
		labels: ['amata-meistars=kalējs'],
		sp: ['cesu-ziemassvetku-gadatirgus']
	},
	{
		name: 'Paipalu sēta', kind: 'home_producer', mun: 'Gulbenes novads', loc: 'Druvienas pagasts', prec: 'locality', year: 2018,
		lv: 'Paipalas mums sākās kā hobijs, bet tagad to ir vairāki simti. Olas pārdodam pa divdesmit kastītē, vistu olas – pa desmit. Brauciet pēc iepriekšēja zvana.',
		products: ['paipalu-olas', 'vistu-olas', { cat: 'olas', lv: 'Marinētas paipalu olas', en: 'Pickled quail eggs', price: 550, unit: 'g', amount: 400 }],
		labels: ['pvd'],
		sp: ['gulbenes-lauku-tirdzins']
	},
	{
		name: 'Z/S "Silenieki"', kind: 'farm', mun: 'Gulbenes novads', loc: 'Lizuma pagasts', prec: 'exact',
		addr: '“Silenieki”, Lizuma pagasts, Gulbenes novads', year: 1994,
		lv: 'Kartupeļus audzējam jau trīsdesmit gadus, šobrīd desmit šķirņu. Jūlijā ir jaunie kartupeļi, rudenī – ziemas krājumiem maisos. Audzējam arī sīpolus un ķiplokus.',
		products: ['jaunie-kartupeli', 'kartupeli', 'sipoli', 'kiploki'],
		labels: ['pvd'],
		sp: ['gulbenes-lauku-tirdzins']
	},
	{
		name: 'SIA "Kopā darīt"', kind: 'social_enterprise', mun: 'Gulbenes novads', loc: 'Gulbene', prec: 'exact',
		addr: 'Brīvības iela 40, Gulbene', post: 'LV-4401', year: 2020, fb: true,
		lv: 'Darbnīcā strādā cilvēki ar invaliditāti un ilgstošie bezdarbnieki. Velām filca čības, krāsojam dziju un vārām ziepes. Ienākumi paliek uzņēmumā un nodrošina darba vietas.',
		en: 'Our workshop employs people with disabilities and the long-term unemployed. We felt slippers, dye yarn and make soap. The income stays in the company and pays for the jobs.',
		products: ['filca-cibas', 'dzija', 'salle', 'ziepes'],
		labels: ['socialais-uznemums'],
		sp: ['gulbenes-lauku-tirdzins', 'lauku-grozs']
	},
	{
		name: 'Z/S "Mežarāji"', kind: 'farm', mun: 'Madonas novads', loc: 'Ērgļu pagasts', prec: 'exact',
		addr: '“Mežarāji”, Ērgļu pagasts, Madonas novads', year: 2011,
		lv: 'Audzējam trušus un pīles, kas vasarā dzīvo āra aplokos. Gaļu pārdodam atdzesētu, pēc pasūtījuma sadalām gabalos. Pīļu olas pavasarī un vasarā.',
		products: ['trusa-gala', 'pile', 'pilu-olas', 'aknu-pastete'],
		labels: ['pvd'],
		sp: ['madonas-tirdzins', 'madonas-majrazotaju-veikals']
	},
	{
		name: 'Saldais stūrītis', kind: 'small_producer', mun: 'Madonas novads', loc: 'Cesvaine', prec: 'exact',
		addr: 'Pils iela 6, Cesvaine, Madonas novads', year: 2015, fb: true,
		lv: 'Kafejnīca un konditoreja vienā telpā. Medus kūku un biezpiena kūku cepam katru dienu, kliņģeri – pēc pasūtījuma. Decembrī galvenā prece ir piparkūkas.',
		products: ['medus-kuka', 'biezpiena-kuka', 'klingeris', 'piparkukas'],
		labels: ['pvd'],
		sp: ['madonas-majrazotaju-veikals']
	},
	{
		name: 'Z/S "Ezerlīči"', kind: 'farm', mun: 'Madonas novads', loc: 'Indrānu pagasts', prec: 'exact',
		addr: '“Ezerlīči”, Indrānu pagasts, Madonas novads', year: 2003,
		lv: 'Zvejojam Lubāna ezerā un tā apkārtnes upēs ar licencētiem tīkliem. Līdakas un vimbas kūpinām un žāvējam, karpas rudenī pārdodam dzīvas. Zivis pieejamas arī Madonas tirdziņā.',
		products: ['karpas', 'zaveta-vimba', { cat: 'zivis', lv: 'Kūpināta līdaka', en: 'Smoked pike', price: 1300, unit: 'kg', amount: 1 }],
		labels: ['pvd'],
		sp: ['madonas-tirdzins']
	},
	{
		name: 'Podnieku sēta "Māli"', kind: 'craftsman', mun: 'Madonas novads', loc: 'Kalsnavas pagasts', prec: 'locality', year: 1999, web: true,
		lv: 'Melno keramiku apdedzinām bedrē ar dūmiem, kā to darīja senie podnieki. Taisām podus, vāzes un svilpauniekus. Vasarā sētā notiek apdedzināšanas vakari, uz kuriem var pieteikties.',
		en: 'Our black pottery is smoke-fired in a pit, as ancient potters did. We make pots, vases and clay whistles. Summer evenings bring open firings – sign up to join.',
		products: ['melnais-podins', 'vaze', 'keramikas-svecturis', 'svilpaunieks'],
		labels: ['amata-meistars=podnieks'],
		sp: ['madonas-majrazotaju-veikals', 'cesu-ziemassvetku-gadatirgus']
	},
	{
		name: 'SIA "Salacas zivis"', kind: 'small_producer', mun: 'Limbažu novads', loc: 'Salacgrīva', prec: 'exact',
		addr: 'Ostas iela 12, Salacgrīva, Limbažu novads', year: 2001, web: true,
		lv: 'Zivju pārstrāde Salacgrīvas ostā. Reņģes un butes pērkam no vietējiem zvejniekiem, brētliņas kūpinām un liekam eļļā paši. Veikaliņš pie ostas atvērts darbdienās.',
		en: 'A fish smokehouse in the port of Salacgrīva. Herring and flounder come from local fishermen; we smoke the sprats and put them in oil ourselves. The shop by the harbour opens on weekdays.',
		products: ['kup-renges', 'sprotes', 'zivju-pastete', 'kup-butes'],
		labels: ['pvd-atzits'],
		sp: ['limbazu-tirdzins', 'lauku-grozs']
	},
	{
		name: 'Z/S "Smiltāji"', kind: 'farm', mun: 'Limbažu novads', loc: 'Katvaru pagasts', prec: 'exact',
		addr: '“Smiltāji”, Katvaru pagasts, Limbažu novads', year: 2007,
		lv: 'Smiltsērkšķu dārzu iestādījām uz nabadzīgas smilšu zemes, kur citam nekam nepatika augt. Ogas nogriežam kopā ar zariem un sasaldējam. No tām spiežam sulu, vārām džemu un gatavojam krēmu sejai.',
		products: ['smiltserksi-saldeti', 'smiltserksku-sula', 'dzems-smiltserksku', 'sejas-krems'],
		labels: ['pvd'],
		sp: ['limbazu-tirdzins']
	},
	{
		name: 'Ogu pūrs', kind: 'home_producer', mun: 'Limbažu novads', loc: 'Aloja', prec: 'municipality', year: 2016,
		lv: 'Ziemai konservēju to pašu, ko vienmēr – melleņu un dzērveņu ievārījumu, biešu salātus un skābētus kāpostus. Kāpostus skābēju lielā mucā pagrabā. Pēc burkām var atbraukt uz Aloju.',
		products: ['iev-mellenu', 'iev-dzervenu', 'biesu-salati', 'skabeti-kaposti'],
		labels: ['pvd'],
		sp: [['limbazu-tirdzins', NOTE.otherSat]]
	},
	{
		name: 'Šokolādes darbnīca "Kakao pupa"', kind: 'small_producer', mun: 'Ogres novads', loc: 'Ogre', prec: 'exact',
		addr: 'Rīgas iela 21, Ogre', post: 'LV-5001', year: 2018, ig: true,
		lv: 'Šokolādi temperējam ar roku un pievienojam to, kas aug Latvijā: kaņepju sēklas, upenes un medu. Konfekšu kārbas var sastādīt pašu izvēlētas. Darbnīcā rīkojam arī degustācijas.',
		en: 'We temper chocolate by hand and add what grows in Latvia: hemp seeds, blackcurrants and honey. Boxes of chocolates can be filled to your choice. We also host tastings.',
		ro: 'Temperăm ciocolata manual și adăugăm ce crește în Letonia: semințe de cânepă, coacăze negre și miere.',
		products: ['sokolade', 'konfektes', 'medus-karameles', { cat: 'saldumi', lv: 'Karstās šokolādes maisījums', en: 'Hot chocolate mix', price: 550, unit: 'g', amount: 200 }],
		labels: ['pvd'],
		sp: ['ogres-tirdzins', 'lauku-grozs']
	},
	{
		name: 'Z/S "Kārkliņi"', kind: 'farm', mun: 'Ogres novads', loc: 'Suntažu pagasts', prec: 'exact',
		addr: '“Kārkliņi”, Suntažu pagasts, Ogres novads', year: 1996,
		lv: 'Piena saimniecība ar divpadsmit govīm. Svaigpienu, kefīru un rūgušpienu pildām stikla pudelēs, ko pēc tam pieņemam atpakaļ. Biezpiens ir piektdienās.',
		products: ['svaigpiens', 'kefirs', 'rugusp', 'biezpiens'],
		labels: ['pvd'],
		sp: [['ogres-tirdzins', NOTE.sat]]
	},
	{
		name: 'Rakstu darbnīca', kind: 'craftsman', mun: 'Ogres novads', loc: 'Lielvārde', prec: 'locality', year: 2009,
		lv: 'Aužu jostas un lina lakatus ar rakstiem, kas raksturīgi Lielvārdes pusei. Darbnīcā ir trīs stelles, un divreiz gadā uzņemu mācekles. Lielākus darbus veicu pēc pasūtījuma.',
		products: ['austa-josta', 'lina-lakats', 'galdauts', 'lina-dvielis'],
		sp: ['ogres-tirdzins']
	},
	{
		name: 'Z/S "Dārznieki"', kind: 'farm', mun: 'Ogres novads', loc: 'Madlienas pagasts', prec: 'exact',
		addr: '“Dārznieki”, Madlienas pagasts, Ogres novads', year: 2015, fb: true,
		lv: 'Sparģeļus sākam griezt maija vidū, pēc tam nāk cukurzirņi, cukini un salāti. Visu novācam tirgus dienas rītā. Pārdodam Ogres tirdziņā un saimniecībā.',
		products: ['spargeli', 'cukurzirni', 'cukini', 'salati'],
		labels: ['pvd'],
		sp: ['ogres-tirdzins']
	},
	{
		// ANCHOR (issue 12): named like a parish elsewhere (Bērziņu pagasts is in Krāslavas novads);
		// its products are written in Latvian only, so "honey" / "мёд" must reach them by translation
		name: 'Bērziņu medus', kind: 'home_producer', mun: 'Valmieras novads', loc: 'Kocēnu pagasts', prec: 'locality', year: 2012,
		lv: 'Bites turam Kocēnu pusē pie liepu alejas un viršu pļavām. Medu sviežam divreiz vasarā un pildām burciņās turpat mājās.',
		products: [
			{ cat: 'medus', lv: 'Liepu medus', price: 800, unit: 'kg', amount: 0.5 },
			{ cat: 'medus', lv: 'Viršu medus', price: 900, unit: 'kg', amount: 0.5 }
		],
		labels: ['pvd']
	}
];
