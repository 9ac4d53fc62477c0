/**
 * News posts retelling the seed documents' facts in our own words. The wording and publication
 * dates are ours, so every post is marked demo; the numbers, names and places are the documents'.
 */
export type NewsSeed = { slug: string; organisation: string; project?: string; lang: string; title: string; publishedAt: string; body: string };

export const newsSeeds: NewsSeed[] = [
	{
		slug: 'socialais-uznemejs-projekts-noslegumu',
		organisation: 'pierigas-partneriba',
		project: 'veiksmigs-socialais-uznemejs-lauku-teritorija',
		lang: 'lv',
		title: 'Sociālās uzņēmējdarbības projekts noslēdzies: 18 dalībnieki ceļā uz savu uzņēmumu',
		publishedAt: '2022-06-01T09:00:00Z',
		body: `Divos gados LEADER sadarbības projektā „Veiksmīgs sociālais uzņēmējs lauku teritorijā” piecas vietējās rīcības grupas desmit novados aicināja iedzīvotājus, uzņēmējus un pašvaldības iepazīt sociālo uzņēmējdarbību.

## Kas notika

- darbnīcas un semināri katras partnerības teritorijā;
- sarunas ar katra novada pašvaldības darbiniekiem un kopīgs seminārs pašvaldībām;
- biznesa ideju attīstības „laboratorija”;
- piecu mēnešu mentoringa programma sociālās uzņēmējdarbības uzsācējiem;
- pieredzes braucieni pie topošiem un esošiem sociālajiem uzņēmumiem.

## Skaitļos

Pasākumos piedalījās gandrīz 300 cilvēku, un 15 % no viņiem nāca uz vairākiem vai visiem pasākumiem. Noslēguma aptaujā atbildēja 169 dalībnieki; 46 % teica, ka ieguvuši plašāku skatu uz sociālo uzņēmējdarbību. Visnoderīgākās bija video lekcijas un rokasgrāmata (52 %), iepazīšanās pasākumi (44 %) un biznesa ideju laboratorija (33 %).

Deviņi dalībnieki šobrīd dibina uzņēmumus, kuru pamatdarbība būs sociālā uzņēmējdarbība, bet vēl deviņi jau ir sociālie uzņēmēji — trīs no Jelgavas novada, divi no Ķekavas, pa vienam no Olaines, Mārupes, Ogres un Balvu novada.

Vairāk par projektu: [daugavkrasts.lv](https://daugavkrasts.lv).`
	},
	{
		slug: 'koprades-telpas-pieredzes-braucieni',
		organisation: 'pierigas-partneriba',
		project: 'coworking-spaces-in-rural-areas',
		lang: 'lv',
		title: 'Divos pieredzes braucienos iepazītas koprades telpas Pierīgā un Ogrē',
		publishedAt: '2022-03-28T09:00:00Z',
		body: `Pirmais brauciens sākās koprades telpā „CoLabora Lielvārde”, kas vēra durvis un iepazīstināja ar saviem rezidentiem. Otrajā braucienā savas ieceres izstāstīja koprades telpa „Dzīvoklis” Olaines pusē.

## Ko redzējām

- Ogrē — koprades ideju bibliotēkas telpās, par ko stāstīja Ogres Centrālā bibliotēka;
- Tīrainē — Biznesa vēstniecības telpu un koncepveikala ideju;
- Olainē — topošo novada koprades telpu, ko parādīja uzņēmējdarbības atbalsta centra vadītāja;
- Mārupē — jauno vietējo mājražotāju tirdzniecības vietu ar tūrisma informācijas punktu Bebru ielā;
- Jūrmalas biznesa inkubatora pieredzi, arī kļūdas, no kurām vērts izvairīties.

Kopā viesi un rezidenti uzzīmēja ideālu koprades telpu — ar augiem, labu internetu un gaisotni. Svarīgākais: rezidenti iepazinās un apmainījās kontaktiem, lai mazas biznesa idejas varētu attīstīt kopā.`
	},
	{
		slug: 'latvija-moldova-virtuala-viesosanas',
		organisation: 'latvijas-lauku-forums',
		project: 'atbalsts-moldovas-regionu-izaugsmei',
		lang: 'lv',
		title: 'Virtuāla viesošanās Latvijā noslēdz sadarbības projektu ar Moldovu',
		publishedAt: '2020-12-07T09:00:00Z',
		body: `Projekta noslēguma pasākumā 5. decembrī Moldovas lauku partnerības un uzņēmēji virtuāli apciemoja Latvijas novadus. Lauku partnerības bija sagatavojušas video ekskursijas — Jelgavas novadā pa Lielplatones muižas „Vešūzi” ar stāstu par veļas mazgāšanas tradīcijām muižās un pa Svētes pili, ko atjauno biedrība „Novada mantojums”.

## Visa projekta laikā

- **12 vebināri** par reklāmu internetā, klientu vajadzībām, sadarbības projektiem, prezentēšanu, projektu idejām, partnerību vadību, LEADER lomu vietējo ražotāju konkurētspējā, vietējiem resursiem, starpnozaru sadarbību un bioekonomiku;
- Lauku partnerība „Lielupe” vadīja divus vebinārus par tūrismu un tā popularizēšanu reģionā;
- virtuālās meistarklasēs Moldovas kolēģi līdzi darīja Z/s „Dārziņi-2” dabīgo augu skrubja gatavošanā un Intas Bendrupas skalu grozu pīšanā — materiālus viņi saņēma jau iepriekš;
- pieredzē dalījās SIA „ColorPasta” un „LV-Destilāti”.

Moldovas partneri kopā ar vietējām rīcības grupām veidoja vietējo uzņēmēju datu bāzes un mācīja veidot e-veikalus Facebook. Trīs uzņēmēji saņems īpaši veidotas zīmolu grāmatas.`
	},
	{
		slug: 'latvija-moldova-virtuala-viesosanas-ro',
		organisation: 'latvijas-lauku-forums',
		project: 'atbalsts-moldovas-regionu-izaugsmei',
		lang: 'ro',
		title: 'O vizită virtuală în Letonia încheie proiectul de cooperare cu Moldova',
		publishedAt: '2020-12-07T10:00:00Z',
		body: `La evenimentul de încheiere din 5 decembrie, parteneriatele rurale și antreprenorii din Moldova au vizitat virtual regiunile Letoniei, prin excursii video pregătite de parteneriatele letone.

## Pe parcursul proiectului

- **12 webinare** despre experiența Letoniei — de la publicitatea online la bioeconomie;
- ateliere virtuale cu meșteri și mici producători din Jelgavas novads;
- trei antreprenori vor primi ghiduri de brand.

Proiectul a fost finanțat în 2020 de Ministerul Afacerilor Externe al Letoniei din bugetul de cooperare pentru dezvoltare.`
	},
	{
		slug: 'here-projekts-sacies',
		organisation: 'patverums-drosa-maja',
		project: 'here-social-economy-of-proximity',
		lang: 'lv',
		title: 'Erasmus+ projekts „HERE” sācies: seši reģioni trīs valstīs',
		publishedAt: '2021-02-18T09:00:00Z',
		body: `Projekts „HERE – Social Economy of Proximity” sākās 2020. gada novembrī. Pirmajā posmā izvēlēti seši atšķirīgi reģioni trīs valstīs — piepilsētas un lauku, lieli un mazi —, lai beigās varētu izvērtēt, kā projekts palīdz vāji attīstītām vietām.

## Kā strādājam

1. intervējam iedzīvotājus, uzņēmējus, nevalstiskās organizācijas, pašvaldības un valsts iestādes;
2. no interviju datiem nosakām, kāda uzņēmējdarbība reģionā iztrūkst;
3. izvēlamies piemērotāko uzņēmējdarbības attīstības metodiku.

Pandēmijas dēļ darbs notiek attālināti, un seminārs Spānijā atcelts; nākamais plānots Beļģijā 2021. gada jūnijā. Biznesa inkubators sāksies 2021. gada novembrī — tajā mentori palīdzēs uzsākt biznesu cilvēkiem, kuriem grūti iekļauties darba tirgū.`
	}
];
