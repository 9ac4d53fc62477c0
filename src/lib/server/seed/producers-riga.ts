import { NOTE } from './notes';
import type { ProducerSeed } from './types';

/** Fictional producers in the Rīga planning region (demo data). */
export const producersRiga: ProducerSeed[] = [
	{
		// ANCHOR: exact-precision farm with coordinates and a farm shop open on weekdays
		name: 'Z/S "Kalnmuižas"', kind: 'farm', mun: 'Siguldas novads', loc: 'Mores pagasts', prec: 'exact',
		addr: '“Kalnmuižas”, Mores pagasts, Siguldas novads', year: 1996, web: true, fb: true,
		lv: 'Ģimenes saimniecība Mores pakalnos, kur govis ganās no maija līdz oktobrim. Pienu pārstrādājam turpat uz vietas – biezpienā, krējumā, sviestā un sierā. Saimniecības veikaliņā darbdienās var nopirkt arī svaigpienu savā traukā.',
		en: 'A family dairy farm in the hills of More, where the cows graze from May to October. The milk is made into curd, sour cream, butter and cheese on the farm. On weekdays the farm shop also sells raw milk – bring your own bottle.',
		products: ['svaigpiens', 'biezpiens', 'krejums', 'sviests', 'janu-siers', 'kupinats-siers', 'kartupeli'],
		labels: ['pvd', 'pvd-atzits', 'novada-garsa'],
		sp: ['kalnmuizas-saimniecibas-veikals', ['siguldas-zemnieku-tirdzins', NOTE.sat]]
	},
	{
		name: 'SIA "Gaujmalas sidrs"', kind: 'small_producer', mun: 'Siguldas novads', loc: 'Siguldas pagasts', prec: 'exact',
		addr: '“Lejasmuiža”, Siguldas pagasts, Siguldas novads', year: 2014, web: true, ig: true,
		lv: 'Sidru raudzējam no vecu lauku dārzu āboliem, ko rudenī salasām Siguldas un Krimuldas apkārtnē. Katru partiju pildām pudelēs ar roku, tāpēc garša gadu no gada mazliet atšķiras. Darītavu var apmeklēt, iepriekš piesakoties.',
		en: 'We ferment cider from the apples of old farm orchards around Sigulda and Krimulda, gathered every autumn. Each batch is bottled by hand, so the taste shifts a little from year to year. Visits to the cidery by appointment.',
		products: ['abolu-sidrs', 'abolu-sula', 'rabarberu-dzirkstosais', 'abolu-cipsi'],
		labels: ['pvd'],
		sp: ['siguldas-zemnieku-tirdzins', 'siguldas-rudens-gadatirgus', 'lauku-grozs']
	},
	{
		name: 'Z/S "Pīlādži"', kind: 'farm', mun: 'Siguldas novads', loc: 'Allažu pagasts', prec: 'exact',
		addr: '“Pīlādži”, Allažu pagasts, Siguldas novads', year: 2009, fb: true,
		lv: 'Mūsu divdesmit kazas visas ir pazīstamas pēc vārda. Sieru sējam divas reizes nedēļā: svaigo – no pavasara līdz vēlam rudenim, bet nogatināto var nopirkt arī ziemā. Kazas pienu pārdodam tikai uz vietas.',
		products: ['kazas-siers-svaigs', 'kazas-siers-nogatinats', 'kazas-piens', 'jogurts'],
		labels: ['pvd'],
		sp: [['siguldas-zemnieku-tirdzins', NOTE.otherSat]]
	},
	{
		name: 'Mājas maiznīca "Silmaļi"', kind: 'home_producer', mun: 'Siguldas novads', loc: 'Mālpils pagasts', prec: 'locality',
		addr: '“Silmaļi”, Mālpils pagasts, Siguldas novads', year: 2017, fb: true,
		lv: 'Maizi cepam malkas krāsnī pēc vecmāmiņas receptes – ar rupja maluma rudzu miltiem un ķimenēm. Cepam trešdienās un piektdienās, tāpēc labāk pasūtīt iepriekš. Svētkiem cepam arī kliņģeri un speķa pīrādziņus.',
		products: ['rupjmaize', 'saldskabmaize', 'speka-piradzini', 'klingeris'],
		labels: ['pvd'],
		sp: [['siguldas-zemnieku-tirdzins', NOTE.sat]]
	},
	{
		name: 'Dravniecība "Bitenieki"', kind: 'home_producer', mun: 'Siguldas novads', loc: 'Krimuldas pagasts', prec: 'locality',
		year: 2001, web: true,
		lv: 'Biškopībā esam jau trešajā paaudzē, šobrīd turam ap sešdesmit bišu saimju Gaujas senlejas malā. Medu nekarsējam, tāpēc tas ātri kristalizējas – tā tam arī jābūt. No vaska lejam sveces.',
		en: 'We are the third generation of beekeepers and keep about sixty colonies on the edge of the Gauja valley. The honey is never heated, so it crystallises quickly – as real honey should. The wax goes into candles.',
		products: ['medus-ziedu', 'medus-liepu', 'medus-sunas', 'bisu-maize', 'vaska-sveces'],
		labels: ['pvd', 'majrazotaju-biedribas-biedrs'],
		sp: ['siguldas-rudens-gadatirgus', 'siguldas-zemnieku-tirdzins']
	},
	{
		name: 'Keramikas darbnīca "Māla pēdas"', kind: 'craftsman', mun: 'Siguldas novads', loc: 'Inčukalns', prec: 'locality',
		year: 2015, ig: true,
		lv: 'Darbnīcā virpoju un apdedzinu lietošanas traukus – krūzes, bļodas un šķīvjus. Glazūras jaucu pati, tāpēc katra partija iznāk mazliet citāda. Pēc iepriekšēja zvana var atbraukt un izvēlēties uz vietas.',
		en: 'I throw and fire everyday tableware – mugs, bowls and plates. I mix my own glazes, so every batch turns out a little different. Call ahead and come to choose at the workshop.',
		products: ['kruze', 'blodina', 'skivis', 'svilpaunieks'],
		sp: ['siguldas-rudens-gadatirgus']
	},
	{
		name: 'SIA "Pilsētas bites"', kind: 'small_producer', mun: 'Rīga', loc: 'Rīga', prec: 'exact',
		addr: 'Avotu iela 81, Rīga', post: 'LV-1009', year: 2016, web: true, ig: true,
		lv: 'Bišu stropus turam uz Rīgas jumtiem un pagalmos – Grīziņkalnā, Pārdaugavā un Mežaparkā. Pilsētas medus garša atkarīga no liepām un kastaņām, un katra apkaimes medus ir citāds. Skolu grupām rādām, kā dzīvo bites.',
		en: 'Our hives stand on Riga rooftops and in courtyards in Grīziņkalns, Pārdaugava and Mežaparks. City honey tastes of lindens and chestnuts, and every neighbourhood’s honey is different. We show school groups how bees live.',
		ro: 'Stupii noștri stau pe acoperișurile și în curțile Rigăi. Mierea de oraș are gust de tei și castan, iar fiecare cartier are mierea lui.',
		products: ['medus-ziedu', 'medus-liepu', 'lupu-balzams', 'vaska-sveces'],
		labels: ['pvd'],
		sp: ['puralade', 'rigas-sestdienas-tirdzins', 'lauku-grozs']
	},
	{
		name: 'SIA "Labās rokas"', kind: 'social_enterprise', mun: 'Rīga', loc: 'Rīga', prec: 'exact',
		addr: 'Krāslavas iela 22, Rīga', post: 'LV-1003', year: 2019, web: true, fb: true,
		lv: 'Sociālais uzņēmums, kurā strādā cilvēki ar garīga rakstura traucējumiem. Lejam sveces, vārām ziepes un šujam lina dvieļus, bet piektdienās cepam auzu cepumus. Katrs pirkums palīdz saglabāt darba vietas.',
		en: 'A social enterprise employing people with intellectual disabilities. We pour candles, make soap and sew linen towels, and on Fridays we bake oat biscuits. Every purchase helps keep these jobs.',
		ru: 'Социальное предприятие, в котором работают люди с нарушениями интеллектуального развития. Мы отливаем свечи, варим мыло и шьём льняные полотенца, а по пятницам печём овсяное печенье.',
		products: ['ziepes', 'sojas-svece', 'lina-dvielis', 'auzu-cepumi'],
		labels: ['socialais-uznemums'],
		sp: ['puralade', 'rigas-sestdienas-tirdzins']
	},
	{
		name: 'Sudraba darbnīca "Zīme"', kind: 'craftsman', mun: 'Rīga', loc: 'Rīga', prec: 'exact',
		addr: 'Tērbatas iela 14, Rīga', post: 'LV-1011', year: 2008, web: true, ig: true,
		lv: 'Kaļu sudraba rotas ar latviešu rakstu zīmēm – saktas, gredzenus un auskarus. Daļu darbu veidoju pēc muzeju priekšmetu parauga, taču nekad tos precīzi nekopēju. Pēc pasūtījuma izgatavoju arī laulību gredzenus.',
		en: 'I forge silver jewellery with Latvian ornamental signs – brooches, rings and earrings. Some pieces are inspired by museum finds, though I never copy them exactly. Wedding rings are made to order.',
		products: ['sudraba-sakta', 'sudraba-gredzens', 'auskari', 'dzintara-kaklarota'],
		labels: ['amata-meistars=rotkalis'],
		sp: ['cesu-ziemassvetku-gadatirgus']
	},
	{
		name: 'IK "Lielupes zivis"', kind: 'small_producer', mun: 'Jūrmala', loc: 'Jūrmala', prec: 'exact',
		addr: 'Talsu šoseja 31, Jūrmala', year: 2004, fb: true,
		lv: 'Zivis kūpinām alkšņa malkā tāpat, kā to darīja vectēvs. Butes un brētliņas nāk no piekrastes zvejniekiem, nēģus rudenī ķeram paši. Kūpinātavas veikaliņā svaigi kūpinātas zivis ir piektdienās un sestdienās.',
		en: 'We smoke fish over alder wood, the way grandfather did. Flounder and sprats come from coastal fishermen; lampreys we catch ourselves in autumn. Freshly smoked fish is on sale at the smokehouse on Fridays and Saturdays.',
		products: ['kup-butes', 'kup-bretlinas', 'kup-renges', 'zivju-pastete', 'negi'],
		labels: ['pvd-atzits'],
		sp: ['jurmalas-vietejais', ['rigas-sestdienas-tirdzins', NOTE.sat]]
	},
	{
		name: 'Dzintaru kūkas', kind: 'home_producer', mun: 'Jūrmala', loc: 'Jūrmala', prec: 'municipality', year: 2020, ig: true,
		lv: 'Cepu kūkas pēc pasūtījuma – jubilejām, kāzām un vienkārši svētdienas kafijai. Medus kūkai kārtas cepu pati, krēmu gatavoju no lauku krējuma. Pasūtījumus pieņemu vismaz trīs dienas iepriekš.',
		products: ['medus-kuka', 'biezpiena-kuka', 'klingeris', 'kanelmaizites'],
		labels: ['pvd'],
		sp: [['jurmalas-vietejais', NOTE.order]]
	},
	{
		name: 'Z/S "Lazdas"', kind: 'farm', mun: 'Ādažu novads', loc: 'Ādažu pagasts', prec: 'exact',
		addr: '“Lazdas”, Ādažu pagasts, Ādažu novads', year: 1993, web: true,
		lv: 'Audzējam dārzeņus smilšainajā Ādažu zemē, kas ļoti der burkāniem un kartupeļiem. Ražu pārdodam bez starpniekiem un ziemā glabājam pašu pagrabā, tāpēc burkāni mums ir līdz pat aprīlim. Saimniecība ir sertificēta bioloģiskajā lauksaimniecībā.',
		en: 'We grow vegetables in the sandy soil of Ādaži, which suits carrots and potatoes. We sell without middlemen and store the harvest in our own cellar, so our carrots last until April. The farm is certified organic.',
		products: ['kartupeli', 'burkani', 'bietes', 'kaposti', 'kiploki', 'kirbji'],
		labels: ['pvd', 'biologisks', 'latvijas-ekoprodukts'],
		sp: ['lauku-grozs', 'puralade']
	},
	{
		name: 'Zvejnieku sēta "Grīva"', kind: 'small_producer', mun: 'Ādažu novads', loc: 'Carnikava', prec: 'exact',
		addr: 'Zvejnieku iela 8, Carnikava, Ādažu novads', year: 1999,
		lv: 'Nēģus ķeram Gaujas grīvā no augusta beigām līdz ziemai un cepam uz restēm, kā Carnikavā ierasts. Pārējā gadā kūpinām reņģes un gatavojam zivju pastēti. Pirms braucat, labāk piezvaniet – nēģi mēdz ātri beigties.',
		en: 'We catch lampreys at the mouth of the Gauja from late August into winter and grill them the Carnikava way. The rest of the year we smoke herring and make fish pâté. Call before you come – the lampreys sell out fast.',
		products: ['negi', 'kup-renges', 'zivju-pastete', 'kup-butes'],
		labels: ['pvd-atzits']
	},
	{
		name: 'Pinēja darbnīca "Kārkli"', kind: 'craftsman', mun: 'Ādažu novads', loc: 'Ādaži', prec: 'locality', year: 2011,
		lv: 'Pinu grozus no pašu audzētiem kārkliem un vītoliem. Klūdziņas griežu ziemā, vasarā tās mērcēju un pinu – lielus veļas grozus, sēņu grozus un mazus groziņus Lieldienu olām. Rīkoju arī pīšanas darbnīcas nelielām grupām.',
		products: ['grozs', 'senu-grozs', 'skalu-grozs', 'puzurs'],
		// 'adazu-tirdzins' is pending: producer pages must not show it
		sp: ['siguldas-rudens-gadatirgus', 'cesu-ziemassvetku-gadatirgus', 'adazu-tirdzins']
	},
	{
		name: 'Garšaugu dārzs "Mētras"', kind: 'home_producer', mun: 'Ķekavas novads', loc: 'Baldones pagasts', prec: 'municipality',
		year: 2018, fb: true,
		lv: 'Dārzā audzējam vairāk nekā trīsdesmit garšaugu un tējas augu. Vācam tos rīta pusē, kad rasa nožuvusi, un žāvējam ēnā uz sietiem. Tējas maisījumus sastādām paši, un katram ir savs nosaukums.',
		en: 'We grow over thirty culinary and tea herbs. They are picked in the morning once the dew has dried and dried in the shade on racks. We blend our own teas, each with its own name.',
		products: ['teja-zalu', 'teja-piparmetru', 'teja-kumelisu', 'garsaugu-sals', 'garsaugi-podina'],
		labels: ['majrazotaju-biedribas-biedrs']
	},
	{
		name: 'Z/S "Upmaļi"', kind: 'farm', mun: 'Ķekavas novads', loc: 'Daugmales pagasts', prec: 'exact',
		addr: '“Upmaļi”, Daugmales pagasts, Ķekavas novads', year: 2003, web: true, fb: true,
		lv: 'Zemenes Daugavas krastā audzējam jau divdesmit gadus. Jūnija beigās un jūlijā var braukt lasīt pats vai nopirkt jau salasītas. Pārējā gadā piedāvājam ievārījumu no pašu ogām.',
		en: 'We have grown strawberries on the bank of the Daugava for twenty years. From late June through July you can pick your own or buy them ready-picked. The rest of the year there is jam from our own berries.',
		products: ['zemenes', 'krummellenes', 'avenes', 'iev-zemenu'],
		labels: ['pvd', 'novada-garsa'],
		sp: ['upmalu-ogu-seta', 'salaspils-tirdzins']
	},
	{
		name: 'Saldā darbnīca', kind: 'small_producer', mun: 'Ķekavas novads', loc: 'Ķekava', prec: 'exact',
		addr: 'Rīgas iela 22, Ķekava', year: 2021, ig: true,
		lv: 'Zefīru putojam no dzērvenēm un upenēm bez krāsvielām un želatīna, to vietā ņemam agaru. Pastilu žāvējam no Latvijas āboliem. Sestdienās saldumus var nopirkt arī pašā ražotnē Ķekavas centrā.',
		en: 'Our marshmallows are whipped from cranberries and blackcurrants, with agar instead of gelatine and no colourings. The pastila is dried from Latvian apples. On Saturdays you can buy straight from our small kitchen in the centre of Ķekava.',
		products: ['zefirs', 'pastila', 'gotinas', 'konfektes'],
		labels: ['pvd'],
		sp: ['puralade', 'lauku-grozs']
	},
	{
		name: 'Z/S "Zīlītes"', kind: 'farm', mun: 'Mārupes novads', loc: 'Mārupes pagasts', prec: 'exact',
		addr: '“Zīlītes”, Mārupes pagasts, Mārupes novads', year: 2006, fb: true,
		lv: 'Siltumnīcās audzējam tomātus un gurķus, bet pavasarī arī salātus un zaļumus. Tomātu šķirnes izvēlamies pēc garšas, nevis pēc tā, cik labi tie iztur pārvadāšanu. Mūsu dārzeņus var atrast arī Mārupes mājražotāju tirdzniecības vietā.',
		products: ['tomati', 'gurki', 'salati', 'zalumi', 'mikrozalumi'],
		labels: ['pvd'],
		sp: ['marupes-majrazotaju-tirdzniecibas-vieta']
	},
	{
		name: 'Annas virtuve', kind: 'home_producer', mun: 'Mārupes novads', loc: 'Tīraine', prec: 'municipality', year: 2019,
		lv: 'Konservēju tā, kā mācīja mamma: bez konservantiem, tikai ar cukuru, etiķi un garšvielām. Cidonijas aug mūsu pašu dārzā, upenes pērku no kaimiņiem. Burkas var saņemt pēc iepriekšējas vienošanās.',
		products: ['iev-upenu', 'iev-cidoniju', 'cidoniju-sirups', 'lecho', 'marineti-gurki'],
		labels: ['pvd'],
		sp: ['marupes-majrazotaju-tirdzniecibas-vieta']
	},
	{
		name: 'Koka darbnīca "Ozolzīle"', kind: 'craftsman', mun: 'Mārupes novads', loc: 'Piņķi', prec: 'locality', year: 2012, web: true,
		lv: 'Galdniecībā strādāju ar ozolu, osi un ābeli no vietējiem kokiem, ko citādi sazāģētu malkai. Karotes un dēlīšus apstrādāju tikai ar linsēklu eļļu un bišu vasku. Pēc pasūtījuma taisu arī galdus un plauktus.',
		en: 'I work with oak, ash and apple wood from local trees that would otherwise end up as firewood. Spoons and boards are finished only with linseed oil and beeswax. Tables and shelves are made to order.',
		products: ['koka-karote', 'delitis', 'koka-bloda', 'sviesta-nazitis'],
		sp: ['marupes-majrazotaju-tirdzniecibas-vieta', 'siguldas-rudens-gadatirgus']
	},
	{
		name: 'Jaunmārupes maiznīca', kind: 'small_producer', mun: 'Mārupes novads', loc: 'Jaunmārupe', prec: 'exact',
		addr: 'Mazcenu aleja 3, Jaunmārupe, Mārupes novads', year: 2018, fb: true, ig: true,
		lv: 'Neliela maiznīca, kur cepam ieraugmaizi un rudzu maizi bez raugiem un uzlabotājiem. Rīta pusē plauktā ir arī kanēļmaizītes un sklandrauši. Maizi vedam uz Mārupes mājražotāju tirdzniecības vietu otrdienās un piektdienās.',
		en: 'A small bakery making sourdough and rye bread without commercial yeast or improvers. In the mornings there are also cinnamon buns and sklandrausis. We deliver bread to the Mārupe home producers’ sales point on Tuesdays and Fridays.',
		products: ['ieraugmaize', 'rupjmaize', 'kanelmaizites', 'sklandrausi'],
		labels: ['pvd'],
		sp: [['marupes-majrazotaju-tirdzniecibas-vieta', { lv: 'otrdienās un piektdienās', en: 'on Tuesdays and Fridays' }]]
	},
	{
		name: 'SIA "Sēņu pagrabs"', kind: 'small_producer', mun: 'Olaines novads', loc: 'Olaines pagasts', prec: 'exact',
		addr: 'Rūpniecības iela 5, Olaines pagasts, Olaines novads', year: 2017, web: true,
		lv: 'Austersēnes un šitaki audzējam bijušā noliktavā uz salmu un skaidu substrāta. Sēnes novācam katru dienu, tāpēc veikalos tās nonāk svaigas. Izlietoto substrātu atdodam kaimiņu dārzniekiem kompostam.',
		en: 'We grow oyster mushrooms and shiitake in a former warehouse on straw and sawdust. Mushrooms are harvested daily, so they reach the shops fresh. Spent substrate goes to neighbouring gardeners for compost.',
		products: ['austersenes', 'sitaki', 'marinetas-senes', { cat: 'senes', lv: 'Austersēņu pastēte', en: 'Oyster mushroom pâté', price: 450, unit: 'g', amount: 180 }],
		labels: ['pvd'],
		sp: ['puralade', 'lauku-grozs']
	},
	{
		name: 'Skaidrītes adījumi', kind: 'craftsman', mun: 'Olaines novads', loc: 'Olaine', prec: 'municipality', year: 2010,
		lv: 'Adu cimdus un zeķes ar rakstiem, ko esmu iemācījusies no mammas un vecmāmiņas. Dziju ņemu no Latvijas aitu vilnas, daļu krāsoju pati ar sīpolu mizām un bērzu lapām. Bērniem adu cepures un zeķītes.',
		products: ['cimdi', 'zekes', 'berna-cepure', 'salle'],
		sp: ['marupes-majrazotaju-tirdzniecibas-vieta']
	},
	{
		// ANCHOR: municipality precision – the address, locality and coordinates must never be shown
		name: 'Vecmāmiņas ievārījumi', kind: 'home_producer', mun: 'Ropažu novads', loc: 'Ulbroka', prec: 'municipality',
		addr: 'Ābeļu iela 12, Ulbroka, Ropažu novads', post: 'LV-2130', year: 2012,
		lv: 'Ievārījumus vāru mazos katlos, pa trim četriem kilogramiem ogu reizē, lai tās nepārvārītos. Zemenes un upenes nāk no pašu dārza, brūklenes – no Latgales mežiem. Cukuru lieku mazāk nekā veikala ievārījumos.',
		products: ['iev-zemenu', 'iev-upenu', 'iev-bruklenu', 'abolu-biezenis', 'iev-plumju'],
		labels: ['pvd=PVD 050917'],
		sp: ['ulbrokas-majrazotaju-bode']
	},
	{
		name: 'Z/S "Bērzkalni"', kind: 'farm', mun: 'Ropažu novads', loc: 'Ropažu pagasts', prec: 'exact',
		addr: '“Bērzkalni”, Ropažu pagasts, Ropažu novads', year: 1998, fb: true,
		lv: 'Gaļas liellopi pie mums visu vasaru ir ganībās, ziemā ēd pašu sagatavoto sienu. Gaļu pārdodam pa daļām pēc iepriekšēja pasūtījuma – reizi mēnesī, kad ir kaušanas nedēļa. Var pasūtīt arī jēra gaļu.',
		en: 'Our beef cattle spend the whole summer on pasture and eat our own hay in winter. Meat is sold in boxes by pre-order once a month. Lamb can be ordered too.',
		products: ['liellopu-steiks', 'liellopu-malta', 'jera-gala', { cat: 'gala', lv: 'Liellopu kaulu buljons', en: 'Beef bone broth', price: 550, unit: 'ml', amount: 500 }],
		labels: ['pvd'],
		sp: [['ulbrokas-majrazotaju-bode', NOTE.order]]
	},
	{
		name: 'SIA "Garkalnes kūpinājumi"', kind: 'small_producer', mun: 'Ropažu novads', loc: 'Garkalnes pagasts', prec: 'exact',
		addr: 'Priedaines iela 4, Garkalnes pagasts, Ropažu novads', year: 2007, web: true,
		lv: 'Gaļu kūpinām vecā dūmu kamerā ar alkšņa un ābeles malku. Receptes ir vienkāršas: sāls, pipari, ķiploki un laiks. Mednieku desiņas un žāvēto desu gatavojam no Latvijas cūkgaļas.',
		products: ['kup-cukgala', 'kup-spekis', 'mednieku-desinas', 'zaveta-desa'],
		labels: ['pvd-atzits', 'zala-karotite'],
		sp: ['ulbrokas-majrazotaju-bode', 'puralade']
	},
	{
		name: 'Sveču darbnīca "Gaismiņa"', kind: 'craftsman', mun: 'Ropažu novads', loc: 'Vangaži', prec: 'locality', year: 2016, ig: true,
		lv: 'Sveces lejam un rullējam no bišu vaska, ko pērkam no pazīstamiem biškopjiem. Vasks smaržo pēc medus un deg lēni, bez kvēpiem. Rudenī pirms Adventes sveču ir visvairāk.',
		products: ['vaska-sveces', 'rulletas-sveces', 'adventes-sveces', 'sojas-svece'],
		sp: ['cesu-ziemassvetku-gadatirgus', 'ulbrokas-majrazotaju-bode']
	},
	{
		name: 'Z/S "Ogulāji"', kind: 'farm', mun: 'Salaspils novads', loc: 'Salaspils pagasts', prec: 'exact',
		addr: '“Ogulāji”, Salaspils pagasts, Salaspils novads', year: 2010,
		lv: 'Krūmmellenes un upenes audzējam uz vecas kūdras lauka. Jūlijā un augustā ogas pārdodam svaigas, pārējo sasaldējam vai spiežam sulā. Lielākus daudzumus var pasūtīt ievārīšanai.',
		en: 'We grow highbush blueberries and blackcurrants on an old peat field. In July and August the berries are sold fresh; the rest is frozen or pressed into juice. Larger amounts can be ordered for jam-making.',
		products: ['krummellenes', 'upenes', 'ogu-maisijums', 'upenu-nektars'],
		labels: ['pvd'],
		sp: ['salaspils-tirdzins', 'lauku-grozs']
	},
	{
		name: 'Daugavmalas pīrāgi', kind: 'home_producer', mun: 'Salaspils novads', loc: 'Salaspils', prec: 'locality', year: 2015,
		lv: 'Cepu speķa pīrādziņus, sklandraušus un ābolu pīrāgus mājas virtuvē, kas reģistrēta PVD. Vasarā no pašu rabarberiem top plātsmaize. Pīrādziņus var pasūtīt arī lielākām svinībām.',
		products: ['speka-piradzini', 'sklandrausi', 'abolu-pirags', 'platsmaize'],
		labels: ['pvd'],
		sp: [['salaspils-tirdzins', NOTE.sat]]
	},
	{
		name: 'Z/S "Vecsējas"', kind: 'farm', mun: 'Saulkrastu novads', loc: 'Sējas pagasts', prec: 'exact',
		addr: '“Vecsējas”, Sējas pagasts, Saulkrastu novads', year: 2002,
		lv: 'Vistas un pīles pie mums staigā pa pagalmu un dārzu, naktīs tās dzīvo kūtī. Olas pārdodam katru dienu, putnu gaļu – rudenī. Ziemassvētkiem var pasūtīt pīli vai zosi.',
		products: ['vistu-olas', 'pilu-olas', 'majas-vista', 'pile', 'zoss'],
		labels: ['pvd'],
		sp: ['saulkrastu-vasaras-tirdzins']
	},
	{
		name: 'Dzintara darbnīca "Jūras pērle"', kind: 'craftsman', mun: 'Saulkrastu novads', loc: 'Saulkrasti', prec: 'exact',
		addr: 'Ainažu iela 30, Saulkrasti', year: 2005, web: true,
		lv: 'Dzintaru slīpējam un urbjam paši, lielākoties tos gabaliņus, ko atrodam jūras krastā pēc vētrām. Rotām izmantojam sudrabu un lina auklu. Darbnīcā var redzēt, kā top kaklarotas.',
		en: 'We polish and drill the amber ourselves, mostly pieces found on the beach after storms. The jewellery is set in silver or strung on linen cord. Visitors can watch the necklaces being made.',
		products: ['dzintara-kaklarota', 'auskari', 'sudraba-gredzens', { cat: 'juvelierizstradajumi', lv: 'Dzintara aproce', en: 'Amber bracelet', price: 3500, unit: 'piece', amount: 1 }],
		sp: ['saulkrastu-vasaras-tirdzins', 'jurmalas-vietejais']
	},
	{
		// ANCHOR (issue 12): named like a parish elsewhere (Aglonas pagasts is in Preiļu novads)
		name: 'Aglonas ceptuve', kind: 'small_producer', mun: 'Rīga', loc: 'Rīga', prec: 'exact',
		addr: 'Krāsotāju iela 7, Rīga', post: 'LV-1009', year: 2017,
		lv: 'Rudzu maizi cepam pēc receptes, ko vecmāmiņa atveda no Latgales. Mīkla raug visu nakti, un no rīta maize iet krāsnī.',
		products: [
			{ cat: 'maize-un-konditoreja', lv: 'Rudzu rupjmaize', price: 520, unit: 'kg', amount: 1 },
			{ cat: 'maize-un-konditoreja', lv: 'Saldskābmaize ar ķimenēm', price: 480, unit: 'piece', amount: 1 }
		],
		labels: ['pvd']
	}
];
