import { NOTE } from './notes';
import type { ProducerSeed } from './types';

/** Fictional producers in the Latgale planning region (demo data). */
export const producersLatgale: ProducerSeed[] = [
	{
		name: 'Keramikas darbnīca "Zīle"', kind: 'craftsman', mun: 'Rēzekne', loc: 'Rēzekne', prec: 'exact',
		addr: 'Atbrīvošanas aleja 90, Rēzekne', post: 'LV-4601', year: 2001, web: true, fb: true,
		lv: 'Latgales keramiku veidojam uz ripas un apdedzinām divreiz – pēc tam ar glazūru. Daudzžuburu svečturi ir mūsu lepnums, tos taisām pēc vecmeistaru paraugiem. Darbus sūtām arī pa pastu.',
		en: 'We throw Latgale pottery on the wheel and fire it twice, the second time glazed. Our many-branched candlesticks follow the old masters’ patterns. We ship by post too.',
		products: ['keramikas-svecturis', 'vaze', 'kruze', 'svilpaunieks'],
		labels: ['amata-meistars=podnieks'],
		sp: ['latgales-keramika-e-veikals', 'rezeknes-lauku-tirdzins', 'latgales-labumi']
	},
	{
		name: 'Gaļas darbnīca "Ceplis"', kind: 'small_producer', mun: 'Rēzekne', loc: 'Rēzekne', prec: 'exact',
		addr: 'Rīgas iela 31, Rēzekne', post: 'LV-4601', year: 2011,
		lv: 'Gaļas pārstrādes darbnīca ar savu veikaliņu. Kūpinām cūkgaļu, žāvējam desu un gatavojam aknu pastēti. Gaļu iepērkam no Rēzeknes novada zemniekiem.',
		ru: 'Мясной цех с собственным магазином. Коптим свинину, вялим колбасу и готовим печёночный паштет. Мясо закупаем у фермеров Резекненского края.',
		products: ['kup-cukgala', 'zaveta-desa', 'aknu-pastete', 'kup-spekis'],
		labels: ['pvd-atzits'],
		sp: ['latgales-labumi', 'rezeknes-lauku-tirdzins']
	},
	{
		name: 'Maiznīca "Rīta klaips"', kind: 'small_producer', mun: 'Daugavpils', loc: 'Daugavpils', prec: 'exact',
		addr: 'Saules iela 40, Daugavpils', post: 'LV-5401', year: 2012, fb: true,
		lv: 'Maizi sākam cept četros no rīta, lai septiņos tā būtu plauktos. Rudzu maizei ir savs ieraugs, kviešu – savs. Pīrādziņus cepam katru dienu.',
		ru: 'Хлеб начинаем печь в четыре утра, чтобы к семи он был на полках. У ржаного хлеба своя закваска, у пшеничного – своя. Пирожки печём каждый день.',
		products: ['rupjmaize', 'ieraugmaize', 'kanelmaizites', 'speka-piradzini'],
		labels: ['pvd'],
		sp: ['daugavpils-majrazotaju-tirdzins']
	},
	{
		name: 'SIA "Otrā elpa"', kind: 'social_enterprise', mun: 'Daugavpils', loc: 'Daugavpils', prec: 'exact',
		addr: 'Cietokšņa iela 60, Daugavpils', year: 2021, web: true,
		lv: 'Sociālais uzņēmums, kas dod darbu sievietēm pēc ilgstoša bezdarba. No lina un vilnas atgriezumiem šujam dvieļus un velam čības. Daļu peļņas novirzām mācībām.',
		en: 'A social enterprise giving work to women returning from long-term unemployment. We sew towels from linen offcuts and felt slippers from wool. Part of the profit pays for training.',
		ru: 'Социальное предприятие, которое даёт работу женщинам после долгой безработицы. Шьём полотенца из льняных обрезков и валяем тапочки из шерсти.',
		products: ['lina-dvielis', 'filca-cibas', 'dzija'],
		labels: ['socialais-uznemums'],
		sp: ['daugavpils-majrazotaju-tirdzins', 'lauku-grozs']
	},
	{
		// ANCHOR: the name starts with "Ž" – sorts after every Z-name
		name: 'Žubītes keramika', kind: 'craftsman', mun: 'Rēzeknes novads', loc: 'Lūznavas pagasts', prec: 'locality', year: 2016, ig: true,
		lv: 'Mazā keramikas darbnīca Lūznavā. Virpoju krūzes, bļodiņas un tējas komplektus ar putnu motīviem. Svečturus taisu pēc Latgales tradīcijām, bet savās krāsās.',
		products: ['kruze', 'blodina', 'keramikas-svecturis', 'tejas-komplekts'],
		sp: ['rezeknes-lauku-tirdzins', 'preilu-podnieku-gadatirgus']
	},
	{
		name: 'Z/S "Saulesdārzs"', kind: 'farm', mun: 'Rēzeknes novads', loc: 'Maltas pagasts', prec: 'exact',
		addr: '“Saulesdārzs”, Maltas pagasts, Rēzeknes novads', year: 2008,
		lv: 'Dārzeņus audzējam siltumnīcās un uz lauka. Tomāti un gurķi ir no jūnija, ķiploki – no jūlija. Pārdodam Rēzeknes tirgū un veikalā “Latgales labumi”.',
		products: ['tomati', 'gurki', 'cukini', 'kiploki'],
		labels: ['pvd'],
		sp: ['rezeknes-lauku-tirdzins', 'latgales-labumi']
	},
	{
		name: 'Z/S "Kazenieki"', kind: 'farm', mun: 'Rēzeknes novads', loc: 'Nautrēnu pagasts', prec: 'exact',
		addr: '“Kazenieki”, Nautrēnu pagasts, Rēzeknes novads', year: 2010, fb: true,
		lv: 'Aitas ganām Nautrēnu pakalnos, no pavasara līdz vēlam rudenim. Jēra gaļu pārdodam rudenī, aitu sieru – vasarā. Sētā ir neliels veikaliņš, kur var nopirkt arī vilnas dziju.',
		en: 'Our sheep graze the hills of Nautrēni from spring to late autumn. Lamb is sold in autumn, sheep’s cheese in summer. The small farm shop also sells wool yarn.',
		products: ['jera-gala', 'aitas-siers', 'dzija', 'zekes'],
		labels: ['pvd', 'biologisks'],
		sp: ['kazenieku-seta', 'rezeknes-lauku-tirdzins']
	},
	{
		name: 'Rāznas krasta medus', kind: 'home_producer', mun: 'Rēzeknes novads', loc: 'Kaunatas pagasts', prec: 'locality', year: 2009,
		lv: 'Bites turam pie Rāznas ezera, kur apkārt ir pļavas un griķu lauki. Medu sviežam divreiz vasarā. Vaska sveces lejam ziemā.',
		ru: 'Пчёл держим у озера Разнас, вокруг луга и гречишные поля. Мёд качаем дважды за лето.',
		products: ['medus-ziedu', 'medus-griku', 'vaska-sveces', 'medus-krem'],
		labels: ['pvd'],
		sp: ['rezeknes-lauku-tirdzins']
	},
	{
		name: 'Sēņu lāde', kind: 'small_producer', mun: 'Rēzeknes novads', loc: 'Viļāni', prec: 'exact',
		addr: 'Rēzeknes iela 8, Viļāni, Rēzeknes novads', year: 2015,
		lv: 'Meža sēnes iepērkam no vietējiem sēņotājiem un pārstrādājam tajā pašā dienā. Marinējam, kaltējam un svaigas gailenes sezonā sūtām uz Rīgu. Sēnes pārbauda sertificēts sēņu eksperts.',
		products: ['marinetas-senes', 'kaltetas-baravikas', 'gailenes'],
		labels: ['pvd'],
		sp: ['latgales-labumi', 'lauku-grozs']
	},
	{
		name: 'Konditoreja "Kliņģeris"', kind: 'small_producer', mun: 'Augšdaugavas novads', loc: 'Ilūkste', prec: 'exact',
		addr: 'Raiņa iela 5, Ilūkste, Augšdaugavas novads', year: 2013,
		lv: 'Kliņģerus cepam dzimšanas dienām un kāzām, arī ļoti lielus. Medus kūkai kārtas ir plānas kā papīrs. Decembrī cepam piparkūkas.',
		products: ['klingeris', 'medus-kuka', 'piparkukas', 'biezpiena-kuka'],
		labels: ['pvd'],
		sp: ['daugavpils-majrazotaju-tirdzins']
	},
	{
		name: 'Z/S "Krasti"', kind: 'farm', mun: 'Augšdaugavas novads', loc: 'Naujenes pagasts', prec: 'exact',
		addr: '“Krasti”, Naujenes pagasts, Augšdaugavas novads', year: 2005,
		lv: 'Ābeļdārzs Daugavas ielejas nogāzē. Ābolus un bumbierus pārdodam rudenī, sulu spiežam uz vietas. Daugavpils tirgū esam katru sestdienu.',
		ru: 'Яблоневый сад на склоне долины Даугавы. Яблоки и груши продаём осенью, сок давим на месте.',
		products: ['aboli', 'bumbieri', 'abolu-sula', 'abolu-cipsi'],
		labels: ['pvd'],
		sp: [['daugavpils-majrazotaju-tirdzins', NOTE.sat]]
	},
	{
		name: 'Z/S "Kaņepāji"', kind: 'farm', mun: 'Augšdaugavas novads', loc: 'Višķu pagasts', prec: 'exact',
		addr: '“Kaņepāji”, Višķu pagasts, Augšdaugavas novads', year: 2014,
		lv: 'Kaņepes un rapsi audzējam bez ķīmiskiem augu aizsardzības līdzekļiem. Eļļu spiežam aukstā spiedienā nelielā presē. Kaņepju sviests ir pieprasīts arī Rīgas veikalos.',
		products: ['kanepju-ella', 'kanepju-sviests', 'rapsu-ella', 'linsseklu-ella'],
		labels: ['pvd', 'biologisks', 'latvijas-ekoprodukts'],
		sp: ['daugavpils-majrazotaju-tirdzins', 'lauku-grozs']
	},
	{
		name: 'Karotnieks', kind: 'craftsman', mun: 'Augšdaugavas novads', loc: 'Salienas pagasts', prec: 'locality', year: 2012,
		lv: 'Karotes un kausus griežu no bērza un kļavas ar nazi un kaltu. Katra karote ir citāda, jo koka šķiedras nosaka formu. Vakaros mācu griezt arī citiem.',
		products: ['koka-karote', 'sviesta-nazitis', 'kauss', 'delitis'],
		sp: ['daugavpils-majrazotaju-tirdzins', 'preilu-podnieku-gadatirgus']
	},
	{
		name: 'Z/S "Līdumi"', kind: 'farm', mun: 'Augšdaugavas novads', loc: 'Kalupes pagasts', prec: 'exact',
		addr: '“Līdumi”, Kalupes pagasts, Augšdaugavas novads', year: 2001,
		lv: 'Audzējam liellopus un cūkas. Malto liellopu gaļu un kūpinātu cūkgaļu pārdodam tirgū, asinsdesu – pirms Ziemassvētkiem. Gaļu var pasūtīt arī pa telefonu.',
		products: ['liellopu-malta', 'kup-cukgala', 'asinsdesa'],
		labels: ['pvd'],
		sp: ['daugavpils-majrazotaju-tirdzins']
	},
	{
		name: 'Aušanas darbnīca "Dzīpars"', kind: 'craftsman', mun: 'Krāslavas novads', loc: 'Krāslava', prec: 'locality', year: 2006,
		lv: 'Aužam jostas, segas un galdautus ar Latgales rakstiem. Dzijas krāsojam ar augiem no Krāslavas apkārtnes. Darbnīca strādā kopā ar Krāslavas amatnieku māju.',
		products: ['austa-josta', 'vilnas-sega', 'galdauts', 'lina-dvielis'],
		sp: ['kraslavas-amatnieku-maja', 'preilu-podnieku-gadatirgus']
	},
	{
		name: 'Mājas ceptuve "Pie ezera"', kind: 'home_producer', mun: 'Krāslavas novads', loc: 'Dagda', prec: 'locality', year: 2018,
		lv: 'Cepu pīrādziņus, rupjmaizi un ābolu pīrāgus mājas krāsnī. Vasarā tos pērk atpūtnieki pie ezeriem, ziemā – kaimiņi. Pasūtījumus pieņemu pa telefonu.',
		ru: 'Пеку пирожки, ржаной хлеб и яблочные пироги в домашней печи. Летом их покупают отдыхающие у озёр, зимой – соседи.',
		products: ['speka-piradzini', 'rupjmaize', 'abolu-pirags', 'kanelmaizites'],
		labels: ['pvd'],
		sp: ['kraslavas-amatnieku-maja']
	},
	{
		name: 'Z/S "Ezermala"', kind: 'farm', mun: 'Krāslavas novads', loc: 'Aulejas pagasts', prec: 'exact',
		addr: '“Ezermala”, Aulejas pagasts, Krāslavas novads', year: 2003,
		lv: 'Zivju dīķi pie Aulejas ezera. Karpas audzējam Ziemassvētkiem, līnus un zandartus – vasarai. Kūpinātas zivis pieejamas visu gadu.',
		products: ['karpas', { cat: 'zivis', lv: 'Kūpināts zandarts', en: 'Smoked pikeperch', price: 1600, unit: 'kg', amount: 1 }, 'zivju-pastete', 'zaveta-vimba'],
		labels: ['pvd'],
		sp: ['kraslavas-amatnieku-maja']
	},
	{
		name: 'Z/S "Bitītes"', kind: 'farm', mun: 'Krāslavas novads', loc: 'Indras pagasts', prec: 'exact',
		addr: '“Bitītes”, Indras pagasts, Krāslavas novads', year: 2007,
		lv: 'Biškopība pierobežā, kur apkārt ir meži un virsāji. Viršu medus ir tumšs un biezs, to sviežam septembrī. Bišu maizi un propolisu ievācam pēc pasūtījuma.',
		products: ['medus-virsu', 'medus-meza', 'bisu-maize', 'propoliss'],
		labels: ['pvd'],
		sp: ['kraslavas-amatnieku-maja', 'lauku-grozs']
	},
	{
		name: 'Pinēja sēta "Kārklu krasts"', kind: 'craftsman', mun: 'Ludzas novads', loc: 'Ludza', prec: 'locality', year: 2009,
		lv: 'Grozus pinu no kārkliem, ko griežu pie Ludzas ezeriem. Salmu puzurus darinu Ziemassvētkiem un Jāņiem. Pinumi ir pieejami Ludzas tirgū.',
		products: ['grozs', 'senu-grozs', 'puzurs'],
		sp: ['ludzas-tirdzins']
	},
	{
		name: 'Zilupes pieliekamais', kind: 'home_producer', mun: 'Ludzas novads', loc: 'Zilupe', prec: 'municipality', year: 2016,
		lv: 'Skābēju kāpostus, marinēju gurķus un vāru lečo. Receptes ir no vecmāmiņas, kas dzīvoja Zilupē visu mūžu. Burkas pārdodu Ludzas tirgū.',
		ru: 'Квашу капусту, мариную огурцы и варю лечо по бабушкиным рецептам. Банки продаю на рынке в Лудзе.',
		products: ['skabeti-kaposti', 'marineti-gurki', 'lecho', 'marinets-kirbis'],
		labels: ['pvd'],
		sp: ['ludzas-tirdzins']
	},
	{
		name: 'Z/S "Lauciņi"', kind: 'farm', mun: 'Ludzas novads', loc: 'Pildas pagasts', prec: 'exact',
		addr: '“Lauciņi”, Pildas pagasts, Ludzas novads', year: 1996,
		lv: 'Audzējam griķus, miežus un pelēkos zirņus. Griķus kaltējam un lobām paši. Ziemā pārdodam arī lielākos maisos.',
		products: ['griki', 'miezu-putraimi', 'peleki-zirni'],
		labels: ['pvd'],
		sp: ['ludzas-tirdzins']
	},
	{
		name: 'Z/S "Kalnagrīvas"', kind: 'farm', mun: 'Ludzas novads', loc: 'Istras pagasts', prec: 'exact',
		addr: '“Kalnagrīvas”, Istras pagasts, Ludzas novads', year: 2004,
		lv: 'Mazs ganāmpulks, kur katrai govij ir vārds. Svaigpienu, biezpienu, krējumu un sviestu vedam uz Ludzas tirgu sestdienās. Var pasūtīt arī uz mājām.',
		products: ['svaigpiens', 'biezpiens', 'krejums', 'sviests'],
		labels: ['pvd'],
		sp: [['ludzas-tirdzins', NOTE.sat]]
	},
	{
		name: 'Keramikas darbnīca "Māls un uguns"', kind: 'craftsman', mun: 'Preiļu novads', loc: 'Preiļi', prec: 'locality', year: 2010,
		lv: 'Latgales keramikas tradīcijas turpinām Preiļos. Vāzes un bļodas glazējam brūnos un zaļos toņos, melnos podus apdedzinām dūmos. Augustā piedalāmies podnieku gadatirgū.',
		products: ['vaze', 'blodina', 'melnais-podins'],
		sp: ['preilu-podnieku-gadatirgus']
	},
	{
		name: 'Tēju māja "Vīgriezes"', kind: 'home_producer', mun: 'Preiļu novads', loc: 'Aglonas pagasts', prec: 'locality', year: 2015,
		lv: 'Tējas augus vācam Aglonas apkārtnes pļavās un mežmalās. Raudzēto ugunspuķes tēju gatavojam jūlijā. Tējas pārdodam mazos maisiņos ar roku rakstītu etiķeti.',
		products: ['teja-zalu', 'teja-ugunspukes', 'teja-kumelisu', 'teja-liepziedu'],
		sp: ['preilu-podnieku-gadatirgus', 'latgales-labumi']
	},
	{
		name: 'Z/S "Ozoliņi"', kind: 'farm', mun: 'Preiļu novads', loc: 'Riebiņu pagasts', prec: 'exact',
		addr: '“Ozoliņi”, Riebiņu pagasts, Preiļu novads', year: 2002,
		lv: 'Cūku saimniecība ar mazu gaļas cehu. Speķi kūpinām, desiņas gatavojam no plecu gaļas. Sautējums burkās ir populārs pie makšķerniekiem.',
		products: ['kup-spekis', 'mednieku-desinas', 'sautejums', 'asinsdesa'],
		labels: ['pvd-atzits'],
		sp: ['latgales-labumi']
	},
	{
		name: 'Z/S "Rušona krasts"', kind: 'farm', mun: 'Preiļu novads', loc: 'Rušonas pagasts', prec: 'exact',
		addr: '“Rušona krasts”, Rušonas pagasts, Preiļu novads', year: 2009,
		lv: 'Zvejojam Rušona ezerā ar licencētiem rīkiem. Karpas un zandartus kūpinām, vimbas žāvējam. Zivis var nopirkt sētā, iepriekš piezvanot.',
		products: ['karpas', 'zaveta-vimba', { cat: 'zivis', lv: 'Kūpināts zandarts', en: 'Smoked pikeperch', price: 1600, unit: 'kg', amount: 1 }],
		labels: ['pvd']
	},
	{
		name: 'Saldumu darbnīca "Cukurgailis"', kind: 'small_producer', mun: 'Līvānu novads', loc: 'Līvāni', prec: 'exact',
		addr: 'Rīgas iela 60, Līvāni, Līvānu novads', year: 2017, fb: true,
		lv: 'Cukurgailīšus lejam vecās metāla formās, ko atradām vecmāmiņas pagrabā. Vāram arī īrisus un medus karameles. Bērnu grupām rīkojam saldumu darbnīcas.',
		products: ['cukurgailisi', 'gotinas', 'medus-karameles', 'riekstu-batonins'],
		labels: ['pvd'],
		sp: ['latgales-labumi']
	},
	{
		name: 'Z/S "Meža avotiņi"', kind: 'farm', mun: 'Līvānu novads', loc: 'Rožupes pagasts', prec: 'exact',
		addr: '“Meža avotiņi”, Rožupes pagasts, Līvānu novads', year: 2012,
		lv: 'Krūmmellenes un dzērvenes audzējam bijušajā kūdras purvā. Ogas pārdodam svaigas un saldētas. Pēc pasūtījuma piegādājam uz Līvāniem un Preiļiem.',
		products: ['krummellenes', 'dzervenes', 'ogu-maisijums'],
		labels: ['pvd', 'biologisks'],
		sp: ['latgales-labumi']
	},
	{
		name: 'Z/S "Pīlādžkalns"', kind: 'farm', mun: 'Līvānu novads', loc: 'Turku pagasts', prec: 'exact',
		addr: '“Pīlādžkalns”, Turku pagasts, Līvānu novads', year: 2015,
		lv: 'Pīles un zosis mums dzīvo pie dīķa. Pīļu olas ir pavasarī, putnu gaļa – rudenī. Zosis Ziemassvētkiem jāpasūta līdz novembrim.',
		products: ['pile', 'pilu-olas', 'zoss'],
		labels: ['pvd'],
		sp: ['latgales-labumi']
	},
	{
		// ANCHOR: draft – must never appear publicly
		name: 'Pūcesmājas sveces', kind: 'craftsman', mun: 'Līvānu novads', loc: 'Sutru pagasts', prec: 'locality', year: 2026, status: 'draft',
		lv: 'Melnraksts: apraksts vēl top.',
		products: ['vaska-sveces', 'sojas-svece', 'rulletas-sveces']
	},
	{
		name: 'Piena darbnīca "Bāliņi"', kind: 'small_producer', mun: 'Balvu novads', loc: 'Balvi', prec: 'exact',
		addr: 'Brīvības iela 70, Balvi', post: 'LV-4501', year: 2014,
		lv: 'Pienu iepērkam no trim Balvu novada saimniecībām un pārstrādājam tajā pašā dienā. Kefīrs un jogurts ir bez pievienota piena pulvera. Sviestu kuļam piektdienās.',
		products: ['kefirs', 'jogurts', 'biezpiens', 'sviests'],
		labels: ['pvd-atzits'],
		sp: ['balvu-lauku-labumu-tirdzins']
	},
	{
		name: 'Sēņotāju sēta', kind: 'home_producer', mun: 'Balvu novads', loc: 'Viļaka', prec: 'municipality', year: 2013,
		lv: 'Sēnes lasām Viļakas pusē, kur meži ir plaši un sēņu daudz. Gailenes un baravikas sezonā pārdodam svaigas, pārējo marinējam. Sēņu vākšanas laiks ir no jūlija līdz oktobrim.',
		ru: 'Грибы собираем в лесах под Виляке. Лисички и белые в сезон продаём свежими, остальное маринуем.',
		products: ['gailenes', 'baravikas', 'marinetas-senes', 'kaltetas-baravikas'],
		sp: ['balvu-lauku-labumu-tirdzins']
	},
	{
		name: 'Linu darbnīca "Zilais zieds"', kind: 'craftsman', mun: 'Balvu novads', loc: 'Baltinavas pagasts', prec: 'locality', year: 2011,
		lv: 'Linus audzējam paši un aužam no tiem dvieļus, galdautus un lakatus. Kad lauks noziedējis, darbs tikai sākas. Darbnīcā rādām visu ceļu no sēklas līdz audumam.',
		products: ['lina-dvielis', 'galdauts', 'lina-lakats', { cat: 'ellas-un-seklas', lv: 'Linsēklas', en: 'Flax seeds', price: 400, unit: 'g', amount: 250 }],
		sp: ['balvu-lauku-labumu-tirdzins']
	},
	{
		name: 'Z/S "Plaveņi"', kind: 'farm', mun: 'Balvu novads', loc: 'Rugāju pagasts', prec: 'exact',
		addr: '“Plaveņi”, Rugāju pagasts, Balvu novads', year: 1999,
		lv: 'Gaļas liellopi un aitas Rugāju pļavās. Liellopu gaļu pārdodam pa daļām, jēra gaļu – rudenī. Pasūtījumus pieņemam pa telefonu.',
		products: ['liellopu-steiks', 'liellopu-malta', 'jera-gala'],
		labels: ['pvd'],
		sp: ['balvu-lauku-labumu-tirdzins']
	}
];
