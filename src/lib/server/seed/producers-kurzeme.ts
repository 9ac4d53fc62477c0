import { NOTE } from './notes';
import type { ProducerSeed } from './types';

/** Fictional producers in the Kurzeme planning region (demo data). */
export const producersKurzeme: ProducerSeed[] = [
	{
		name: 'Ceptuve "Klaipiņš"', kind: 'small_producer', mun: 'Kuldīgas novads', loc: 'Kuldīga', prec: 'exact',
		addr: 'Liepājas iela 15, Kuldīga', post: 'LV-3301', year: 2010, fb: true,
		lv: 'Maizi cepam Kuldīgas vecpilsētā, tepat blakus veikaliņam. Rudzu maizei ieraugs ir vairāk nekā desmit gadus vecs. Sestdienās cepam arī sklandraušus un kliņģeri.',
		en: 'We bake in Kuldīga’s old town, right behind the shop counter. Our rye sourdough starter is more than ten years old. On Saturdays there are sklandrausis and kringle too.',
		products: ['rupjmaize', 'saldskabmaize', 'sklandrausi', 'klingeris'],
		labels: ['pvd', 'novada-garsa'],
		sp: ['kuldigas-majrazotaju-veikalins', 'kuldigas-amatnieku-tirdzins']
	},
	{
		name: 'Z/S "Vecdzirnavas"', kind: 'farm', mun: 'Kuldīgas novads', loc: 'Rendas pagasts', prec: 'exact',
		addr: '“Vecdzirnavas”, Rendas pagasts, Kuldīgas novads', year: 2005,
		lv: 'Pie mājām ir vecas ūdensdzirnavas, kuras esam atjaunojuši. Tajās maļam pašu audzētus miežus, griķus un rudzus, bet auzas pārslojam. Grupām rādām, kā dzirnavas strādā.',
		products: ['miezu-putraimi', 'griki', 'auzu-parslas', 'rudzu-milti'],
		labels: ['pvd', 'biologisks'],
		sp: ['kuldigas-majrazotaju-veikalins']
	},
	{
		name: 'Zāļu sētiņa', kind: 'home_producer', mun: 'Kuldīgas novads', loc: 'Skrunda', prec: 'municipality', year: 2017,
		lv: 'Tējas vācu pļavās un meža malās ap Skrundu, prom no ceļiem. Žāvēju tās bēniņos uz palagiem. Vannas sāli jaucu ar kumelītēm un lavandu no dārza.',
		products: ['teja-kumelisu', 'teja-piparmetru', 'teja-zalu', 'vannas-sals'],
		sp: ['kuldigas-majrazotaju-veikalins']
	},
	{
		name: 'Darbnīca "Suitu villaine"', kind: 'craftsman', mun: 'Kuldīgas novads', loc: 'Alsungas pagasts', prec: 'locality', year: 2003, web: true,
		lv: 'Aužu un adu pēc suitu rakstiem – spilgtās krāsās, kā Alsungas pusē pieņemts. Villaines un jostas top stellēs, cimdus adu vakaros. Pēc pasūtījuma gatavoju arī tautastērpu daļas folkloras kopām.',
		en: 'I weave and knit in the style of the Suiti – in the bright colours typical around Alsunga. Shawls and belts are woven on a loom, mittens knitted in the evenings. I also make costume pieces for folk ensembles.',
		products: ['lina-lakats', 'salle', 'cimdi', 'austa-josta'],
		labels: ['amata-meistars=audēja'],
		sp: ['kuldigas-amatnieku-tirdzins', 'kurzemes-amatnieku-gadatirgus']
	},
	{
		name: 'Z/S "Kalnenieki"', kind: 'farm', mun: 'Kuldīgas novads', loc: 'Padures pagasts', prec: 'exact',
		addr: '“Kalnenieki”, Padures pagasts, Kuldīgas novads', year: 2013,
		lv: 'Rudenī mūsu pagalms ir pilns ar ķirbjiem – ap piecpadsmit šķirņu. Daļu pārdodam svaigus, daļu marinējam un sēklas grauzdējam. Vasarā pārdodam cukini.',
		products: ['kirbji', 'marinets-kirbis', 'kirbju-seklas', 'cukini'],
		labels: ['pvd'],
		sp: ['kuldigas-amatnieku-tirdzins']
	},
	{
		name: 'Sveču liešana "Dzirkstele"', kind: 'craftsman', mun: 'Kuldīgas novads', loc: 'Ēdoles pagasts', prec: 'locality', year: 2019,
		lv: 'Sveces lejam no bišu vaska un rullējam no vaska plāksnēm. Adventes vainagiem gatavojam biezas sveces dabīgās krāsās. Darbnīcā var pamēģināt izliet savu sveci.',
		products: ['vaska-sveces', 'adventes-sveces', 'rulletas-sveces', 'sojas-svece'],
		sp: ['kuldigas-majrazotaju-veikalins', 'kurzemes-amatnieku-gadatirgus']
	},
	{
		name: 'SIA "Talsu kūpinātava"', kind: 'small_producer', mun: 'Talsu novads', loc: 'Talsi', prec: 'exact',
		addr: 'Ērgļu iela 5, Talsi', post: 'LV-3201', year: 2006, web: true,
		lv: 'Kūpinām gaļu un vistas karstajā un aukstajā kūpinājumā. Malku ņemam no alkšņiem un ābelēm, ko sagādā vietējie dārznieki. Produkcija pieejama Talsu tirgū un mūsu veikalā.',
		products: ['kup-cukgala', 'kup-spekis', 'kup-vista', 'mednieku-desinas'],
		labels: ['pvd-atzits'],
		sp: ['talsu-tirgus-laukums', 'lauku-grozs']
	},
	{
		name: 'Darītava "Kalnavots"', kind: 'small_producer', mun: 'Talsu novads', loc: 'Sabile', prec: 'exact',
		addr: 'Pilskalna iela 3, Sabile, Talsu novads', year: 2012, ig: true,
		lv: 'Ogu vīnu raudzējam no upenēm, jāņogām un āboliem, kas aug Abavas ielejā. Medalum medu pērkam no kaimiņa biškopja. Degustācijas rīkojam no maija līdz septembrim.',
		en: 'We make fruit wine from blackcurrants, redcurrants and apples grown in the Abava valley. The honey for our mead comes from a neighbouring beekeeper. Tastings run from May to September.',
		products: ['upenu-vins', 'abolu-sidrs', 'medalus', { cat: 'dzerieni', lv: 'Ābolu vīns', en: 'Apple wine', price: 1000, unit: 'ml', amount: 750 }],
		labels: ['pvd'],
		sp: ['talsu-tirgus-laukums', 'kurzemes-amatnieku-gadatirgus']
	},
	{
		name: 'Zvejnieku saimniecība "Vītoli"', kind: 'small_producer', mun: 'Talsu novads', loc: 'Kolkas pagasts', prec: 'exact',
		addr: '“Vītoli”, Kolkas pagasts, Talsu novads', year: 1997, web: true, fb: true,
		lv: 'Zvejojam jūrā pie Kolkas ar nelielu laivu, kā zvejoja jau tēvs. Butes un reņģes kūpinām tajā pašā dienā, kad tās noķertas. Zivis sūtām arī pa pastu, iepakotas vakuumā.',
		en: 'We fish off Kolka from a small boat, as father did before us. Flounder and herring are smoked the same day they are caught. Vacuum-packed fish can also be sent by post.',
		products: ['kup-butes', 'kup-bretlinas', 'kup-renges', 'sprotes'],
		labels: ['pvd-atzits'],
		sp: ['kurzemes-zivis-e-veikals', 'talsu-tirgus-laukums']
	},
	{
		name: 'Z/S "Ošenieki"', kind: 'farm', mun: 'Talsu novads', loc: 'Laucienes pagasts', prec: 'exact',
		addr: '“Ošenieki”, Laucienes pagasts, Talsu novads', year: 2001, fb: true,
		lv: 'Mūsu piecpadsmit govis ir Latvijas zilās šķirnes, kas mūsdienās ir retums. No to piena sējam Jāņu sieru un sieru ar garšaugiem. Piena sētā var iegādāties arī svaigpienu un krējumu.',
		en: 'Our fifteen cows are Latvian Blue, a rare breed today. Their milk goes into caraway cheese and herb cheese. Raw milk and cream are sold at the farm.',
		products: ['janu-siers', 'siers-garsaugi', 'svaigpiens', 'krejums'],
		labels: ['pvd', 'novada-garsa'],
		sp: ['osenieku-piena-seta', ['talsu-tirgus-laukums', NOTE.sat]]
	},
	{
		name: 'Lauras kūkas', kind: 'home_producer', mun: 'Talsu novads', loc: 'Stende', prec: 'locality', year: 2022, ig: true,
		lv: 'Cepu kūkas mājas virtuvē pēc pasūtījuma. Visbiežāk pasūta medus kūku un biezpiena kūku, bērnu svētkiem – kanēļmaizītes un cepumus. Kūkas var saņemt Stendē vai Talsos.',
		products: ['medus-kuka', 'biezpiena-kuka', 'kanelmaizites', 'auzu-cepumi'],
		labels: ['pvd'],
		sp: [['talsu-tirgus-laukums', NOTE.order]]
	},
	{
		name: 'Koka darbnīca "Jūrasskaida"', kind: 'craftsman', mun: 'Talsu novads', loc: 'Rojas pagasts', prec: 'locality', year: 2011,
		lv: 'Griešanas dēlīšus un bļodas taisu no ozola un oša. Daļa koka nāk no vecām zvejnieku mājām, ko pārbūvē. Katru dēlīti vairākas reizes ieeļļoju.',
		products: ['delitis', 'koka-bloda', 'sviesta-nazitis', 'koka-karote'],
		sp: ['kurzemes-amatnieku-gadatirgus']
	},
	{
		name: 'Konditoreja "Cepumu kārba"', kind: 'small_producer', mun: 'Saldus novads', loc: 'Saldus', prec: 'exact',
		addr: 'Striķu iela 8, Saldus', post: 'LV-3801', year: 2016,
		lv: 'Cepam cepumus, piparkūkas un vāram medus karameles. Piparkūku mīklu rudenī pārdodam kilogramiem, jo daudzi grib cept paši. Uzņēmumiem gatavojam svētku dāvanu kārbas.',
		products: ['auzu-cepumi', 'piparkukas', 'piparkuku-mikla', 'medus-karameles'],
		labels: ['pvd'],
		sp: ['saldus-zemnieku-tirdzins']
	},
	{
		name: 'Z/S "Zemzari"', kind: 'farm', mun: 'Saldus novads', loc: 'Zirņu pagasts', prec: 'exact',
		addr: '“Zemzari”, Zirņu pagasts, Saldus novads', year: 1993,
		lv: 'Audzējam kartupeļus, kāpostus un bietes. Daļu kāpostu skābējam ozolkoka mucās, kā to darīja vecāki. Skābētie kāposti ir no oktobra līdz pavasarim.',
		products: ['kartupeli', 'kaposti', 'skabeti-kaposti', 'bietes'],
		labels: ['pvd'],
		sp: ['saldus-zemnieku-tirdzins']
	},
	{
		name: 'Dravas "Vējiņi"', kind: 'home_producer', mun: 'Saldus novads', loc: 'Nīgrandes pagasts', prec: 'locality', year: 2008,
		lv: 'Bišu dravas stāv Ventas krastā pie meža, tāpēc mūsu medus lielākoties ir meža un liepu. Pavasarī medum pievienojam lazdu riekstus. No vaska lejam sveces.',
		products: ['medus-meza', 'medus-liepu', 'medus-rieksti', 'vaska-sveces'],
		labels: ['pvd', 'majrazotaju-biedribas-biedrs'],
		sp: ['saldus-zemnieku-tirdzins']
	},
	{
		name: 'Keramikas darbnīca "Podiņš"', kind: 'craftsman', mun: 'Dienvidkurzemes novads', loc: 'Aizpute', prec: 'locality', year: 2007, web: true,
		lv: 'Veidoju lietošanas keramiku – krūzes, šķīvjus un tējas komplektus. Glazūras ir zilās un zaļās jūras krāsās. Aizputē vadu arī nodarbības bērniem.',
		en: 'I make tableware – mugs, plates and tea sets – in glazes of sea blue and green. I also teach pottery to children in Aizpute.',
		products: ['kruze', 'skivis', 'tejas-komplekts', 'keramikas-svecturis'],
		sp: ['kurzemes-amatnieku-gadatirgus', 'liepajas-piektdienas-tirdzins']
	},
	{
		name: 'Zvejnieku saimniecība "Sakas grīva"', kind: 'small_producer', mun: 'Dienvidkurzemes novads', loc: 'Pāvilosta', prec: 'exact',
		addr: 'Dzintaru iela 2, Pāvilosta, Dienvidkurzemes novads', year: 2000,
		lv: 'Zivis zvejojam Pāvilostas piekrastē un kūpinām pie ostas. Vasarā kūpinātas butes var nopirkt tieši no kūpinātavas. Ziemā gatavojam šprotes eļļā un zivju pastēti.',
		products: ['kup-butes', 'kup-renges', 'zivju-pastete', 'sprotes'],
		labels: ['pvd-atzits'],
		sp: ['liepajas-piektdienas-tirdzins']
	},
	{
		name: 'Z/S "Jaunsaules"', kind: 'farm', mun: 'Dienvidkurzemes novads', loc: 'Nīcas pagasts', prec: 'exact',
		addr: '“Jaunsaules”, Nīcas pagasts, Dienvidkurzemes novads', year: 2009,
		lv: 'Liellopi mūsu saimniecībā ganās Bārtas upes palienē no aprīļa līdz novembrim. Gaļu pārdodam pēc pasūtījuma, sadalītu kastēs pa desmit kilogramiem. Malto gaļu var nopirkt arī Liepājas tirdziņā.',
		products: ['liellopu-steiks', 'liellopu-malta', { cat: 'gala', lv: 'Žāvēta liellopu gaļa', en: 'Dried beef', price: 600, unit: 'g', amount: 100 }],
		labels: ['pvd', 'biologisks'],
		sp: [['liepajas-piektdienas-tirdzins', NOTE.otherSat]]
	},
	{
		name: 'Rucavas pieliekamais', kind: 'home_producer', mun: 'Dienvidkurzemes novads', loc: 'Rucavas pagasts', prec: 'locality', year: 2015,
		lv: 'Mums ir divas govis, un no to piena kuļu sviestu un taisu biezpienu. Sviestu kuļu ar roku, tāpēc tā nav daudz. Sestdienās cepu arī rupjmaizi.',
		products: ['sviests', 'biezpiens', 'rupjmaize', 'krejums'],
		labels: ['pvd']
	},
	{
		name: 'SIA "Vaiņodes darbnīcas"', kind: 'social_enterprise', mun: 'Dienvidkurzemes novads', loc: 'Vaiņodes pagasts', prec: 'exact',
		addr: 'Raiņa iela 4, Vaiņode, Dienvidkurzemes novads', year: 2021, fb: true,
		lv: 'Sociālais uzņēmums, kurā darbu atrod cilvēki ar invaliditāti un jaunieši bez darba pieredzes. Taisām putnu būrīšus, dēlīšus un koka rotaļlietas. Pasūtījumus pieņemam arī no skolām un pašvaldībām.',
		en: 'A social enterprise that gives work to people with disabilities and young people without work experience. We make birdhouses, boards and wooden toys, and take orders from schools and municipalities too.',
		products: ['putnu-buritis', 'delitis', 'rotallieta', 'sviesta-nazitis'],
		labels: ['socialais-uznemums'],
		sp: ['liepajas-piektdienas-tirdzins', 'lauku-grozs']
	},
	{
		name: 'Z/S "Kurmīši"', kind: 'farm', mun: 'Ventspils novads', loc: 'Ances pagasts', prec: 'exact',
		addr: '“Kurmīši”, Ances pagasts, Ventspils novads', year: 2011,
		lv: 'Zemenes, avenes un upenes audzējam netālu no jūras, kur vasaras ir vēsākas un ogas nogatavojas vēlāk. Tāpēc mūsu zemenes tirgū ir vēl jūlija beigās. No atlikušajām vārām ievārījumu.',
		products: ['zemenes', 'avenes', 'upenes', 'iev-zemenu'],
		labels: ['pvd'],
		sp: ['ventspils-tirdzins']
	},
	{
		name: 'Pirts lietas "Sūnas"', kind: 'craftsman', mun: 'Ventspils novads', loc: 'Jūrkalnes pagasts', prec: 'locality', year: 2018,
		lv: 'Pirts slotas sienam jūnija sākumā, kad bērzu lapas ir mīkstas. Ziepes vāram ar jūras sāli un ozola mizas novārījumu. Pasūtot var saņemt pirts komplektu dāvanai.',
		products: ['pirts-slota', 'ziepes', 'vannas-sals', { cat: 'dabiga-kosmetika', lv: 'Ozola pirts slota', en: 'Oak sauna whisk', price: 600, unit: 'piece', amount: 1 }],
		sp: ['ventspils-tirdzins']
	},
	{
		name: 'Z/S "Cīruļi"', kind: 'farm', mun: 'Ventspils novads', loc: 'Ugāles pagasts', prec: 'exact',
		addr: '“Cīruļi”, Ugāles pagasts, Ventspils novads', year: 2014,
		lv: 'Vistas dzīvo brīvā turēšanā ar lielu aploku. Olas vācam divreiz dienā, gaļas vistas pārdodam rudenī. Kūpinātu vistu gatavojam pēc pasūtījuma.',
		products: ['vistu-olas', 'majas-vista', 'kup-vista'],
		labels: ['pvd'],
		sp: ['ventspils-tirdzins']
	},
	{
		name: 'Darbnīca "Vējš"', kind: 'craftsman', mun: 'Liepāja', loc: 'Liepāja', prec: 'exact',
		addr: 'Kungu iela 20, Liepāja', post: 'LV-3401', year: 2013, ig: true,
		lv: 'Šujam jostas, makus un somas no biezas ādas ar roku. Misiņa sprādzes un kniedes pērkam no Latvijas kalējiem. Darbnīca ir atvērta pēc vienošanās.',
		en: 'We hand-stitch belts, wallets and bags from thick leather. Brass buckles and rivets come from Latvian smiths. The workshop is open by arrangement.',
		products: ['adas-josta', 'adas-maks', 'adas-soma', { cat: 'adas-izstradajumi', lv: 'Ādas atslēgu piekariņš', en: 'Leather key ring', price: 900, unit: 'piece', amount: 1 }],
		sp: ['liepajas-piektdienas-tirdzins']
	},
	{
		name: 'Piparkūku darbnīca "Kanēlis"', kind: 'small_producer', mun: 'Liepāja', loc: 'Liepāja', prec: 'exact',
		addr: 'Zivju iela 7, Liepāja', post: 'LV-3401', year: 2017,
		lv: 'Piparkūkas cepam visu gadu, bet īstā sezona sākas novembrī. Mīklu gatavojam pēc sena Liepājas konditora receptes ar melnajiem pipariem un krustnagliņām. Rotājam ar roku.',
		products: ['piparkukas', 'piparkuku-mikla', 'auzu-cepumi', 'kanelmaizites'],
		labels: ['pvd'],
		sp: ['liepajas-piektdienas-tirdzins']
	},
	{
		name: 'SIA "Jūras zāles"', kind: 'small_producer', mun: 'Ventspils', loc: 'Ventspils', prec: 'exact',
		addr: 'Ostas iela 50, Ventspils', year: 2020, web: true, ig: true,
		lv: 'Gatavojam ziepes, skrubjus un krēmus ar jūras sāli, kaņepēm un smiltsērkšķiem. Receptes veidojam kopā ar farmaceiti. Iepakojumam izmantojam stiklu un papīru.',
		en: 'We make soap, scrubs and creams with sea salt, hemp and sea buckthorn. Recipes are developed with a pharmacist. Packaging is glass and paper.',
		products: ['ziepes', 'skrubis', 'sejas-krems', 'vannas-sals'],
		sp: ['ventspils-tirdzins', 'lauku-grozs']
	},
	{
		name: 'Mammas burciņas', kind: 'home_producer', mun: 'Tukuma novads', loc: 'Tukums', prec: 'municipality', year: 2019,
		lv: 'Vasarā dārzā izaug vairāk tomātu un gurķu, nekā varam apēst, tāpēc vāram lečo un marinējam. Biešu salātus ar mārrutkiem gatavojam rudenī. Burkas atdodam ar atlaidi, ja atnesat tukšās.',
		products: ['tomatu-merce', 'lecho', 'marineti-gurki', 'biesu-salati'],
		labels: ['pvd'],
		sp: ['tukuma-tirdzins']
	},
	{
		name: 'Pinumu darbnīca "Vītols"', kind: 'craftsman', mun: 'Tukuma novads', loc: 'Kandava', prec: 'locality', year: 2006,
		lv: 'Grozus pinu no vītolu klūdziņām, ko audzēju Abavas krastā. Tāss kārbiņas taisu no bērza tāss, kas novākta pavasarī. Pīšanas kursi notiek ziemā.',
		products: ['grozs', 'senu-grozs', 'tass-karba', 'puzurs'],
		labels: ['amata-meistars=pinējs'],
		sp: ['tukuma-tirdzins', 'kurzemes-amatnieku-gadatirgus']
	},
	{
		name: 'SIA "Engures zivtiņa"', kind: 'small_producer', mun: 'Tukuma novads', loc: 'Engures pagasts', prec: 'exact',
		addr: 'Jūras iela 14, Engure, Tukuma novads', year: 2004,
		lv: 'Neliela zivju kūpinātava Engures ciemā. Brētliņas un reņģes pērkam no piekrastes zvejniekiem un kūpinām karsti. Vasarā pārdodam pa logu tieši kūpinātavā.',
		products: ['kup-bretlinas', 'kup-renges', 'sprotes', 'zivju-pastete'],
		labels: ['pvd-atzits'],
		sp: ['tukuma-tirdzins']
	},
	{
		name: 'Z/S "Lejasgravas"', kind: 'farm', mun: 'Tukuma novads', loc: 'Jaunpils pagasts', prec: 'exact',
		addr: '“Lejasgravas”, Jaunpils pagasts, Tukuma novads', year: 1999,
		lv: 'Pelēkos zirņus audzējam jau trešajā paaudzē, un kūpinātam speķim cūkas arī ir pašu. Decembrī pārdodam komplektu pelēkajiem zirņiem ar speķi. Miežu putraimus maļam pēc pasūtījuma.',
		products: ['peleki-zirni', 'kup-spekis', 'miezu-putraimi'],
		labels: ['pvd'],
		sp: ['tukuma-tirdzins']
	},
	{
		name: 'Z/S "Riekstkalni"', kind: 'farm', mun: 'Tukuma novads', loc: 'Zantes pagasts', prec: 'exact',
		addr: '“Riekstkalni”, Zantes pagasts, Tukuma novads', year: 2010,
		lv: 'Lazdu riekstu dārzs ar vairāk nekā tūkstoš krūmiem. Riekstus novācam septembrī un žāvējam šķūnī. Daļu sajaucam ar medu un taisām batoniņus.',
		products: ['lazdu-rieksti', 'medus-rieksti', 'riekstu-batonins', { cat: 'ellas-un-seklas', lv: 'Lazdu riekstu eļļa', en: 'Hazelnut oil', price: 1200, unit: 'ml', amount: 250 }],
		labels: ['pvd'],
		sp: ['tukuma-tirdzins', 'lauku-grozs']
	},
	{
		// ANCHOR (issue 12): products in Latvian only — "smoked cheese", "копчёный сыр", "brânză afumată" find them by translation
		name: 'Z/S "Rudzupuķes"', kind: 'farm', mun: 'Tukuma novads', loc: 'Slampes pagasts', prec: 'exact',
		addr: '“Rudzupuķes”, Slampes pagasts, Tukuma novads', year: 2008,
		lv: 'Divpadsmit govis un siera darītava vecajā klētī. Sieru kūpinām alkšņu dūmos, vasarā vārām zemeņu ievārījumu no pašu dobēm.',
		products: [
			{ cat: 'piena-produkti-un-siers', lv: 'Kūpināts siers', price: 1600, unit: 'kg', amount: 1 },
			{ cat: 'ievarijumi-un-konservi', lv: 'Zemeņu ievārījums', price: 480, unit: 'g', amount: 350 },
			{ cat: 'dzerieni', lv: 'Smiltsērkšķu sula', price: 650, unit: 'ml', amount: 500 }
		],
		labels: ['pvd'],
		sp: ['tukuma-tirdzins']
	}
];
