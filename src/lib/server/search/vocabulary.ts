/**
 * The common product vocabulary in the four languages (issue 12, item 6): a word typed in English,
 * Romanian or Russian finds listings whose products are written only in Latvian ("honey" → "Liepu
 * medus"). One concept per line: `lv | en | ro | ru`, forms comma-separated; a form may be two words
 * ("sea buckthorn"). Latvian forms are index words (stemmed like the index); the others are matched
 * after a light, language-specific normalisation (translations.ts), so list irregular plurals and
 * adjectives where the normalisation would not reach them. A foreign form may stand in several
 * concepts ("масло" is butter and oil). Never list a foreign form that is also a Latvian word
 * ("maize" is corn in English): translations.test.ts checks.
 */
export const VOCABULARY = `
medus, krēmmedus, medu | honey, honeycomb | miere, mierea | мёд, меда, медовый, мёдом
ievārījums, džems, konfitīrs, biezenis | jam, jams, preserve, preserves, marmalade | dulceață, dulcețuri, gem, magiun | варенье, джем, конфитюр, повидло
siers, sieri | cheese, cheeses | brânză, brânzeturi, cașcaval | сыр, сыры, сырный
biezpiens | curd, quark, cottage cheese | urdă, caș | творог
piens, svaigpiens | milk | lapte | молоко, молочный
sviests | butter | unt | масло, сливочное масло
krējums | sour cream, cream | smântână | сметана, сливки
kefīrs | kefir | chefir | кефир
jogurts | yoghurt, yogurt | iaurt | йогурт
rūgušpiens | soured milk, sour milk | lapte bătut | простокваша
maize, rupjmaize, saldskābmaize, ieraugmaize, baltmaize, plātsmaize | bread, loaf, sourdough | pâine, pâinea | хлеб, хлеба
rudzi, rudzu | rye | secară | рожь, ржаной
kvieši, kviešu | wheat | grâu | пшеница, пшеничный
auzas, auzu | oat, oats, oatmeal | ovăz | овёс, овсяный, овсянка
mieži, miežu | barley | orz | ячмень, ячменный
griķi, griķu | buckwheat | hrișcă | гречка, гречневый, гречишный
spelta, speltas | spelt | alac | полба, спельта
milti | flour | făină | мука
pārslas | flakes | fulgi | хлопья
putraimi, biezputra | groats, grits, porridge | crupe, terci | крупа, каша
musli | muesli, granola | musli | мюсли
zirņi | peas | mazăre | горох
pupas, pupiņas | beans | fasole | фасоль, бобы
kūka, torte | cake, cakes | prăjitură, prăjituri, tort | торт, кекс
pīrāgs, pīrāgi, pīrādziņi, sklandrauši | pasty, pasties, pie, pies, tart, tarts | plăcintă, plăcinte | пирог, пироги, пирожок, пирожки
maizītes, bulciņas | bun, buns, roll, rolls | chifle, chiflă | булочка, булочки
cepumi | biscuit, biscuits, cookie, cookies | biscuiți, fursecuri | печенье
piparkūkas | gingerbread | turtă dulce | пряник, пряники
kliņģeris | kringle, pretzel | covrig | крендель
saldumi, konfektes | sweets, candy, candies, confectionery, chocolates | dulciuri, bomboane | сладости, конфеты
šokolāde | chocolate | ciocolată | шоколад
karameles, īrisi | caramel, caramels, toffee, fudge | caramele | карамель, ирис, ириски
zefīrs, pastila | marshmallow, marshmallows | bezea | зефир, пастила
cukurs | sugar | zahăr | сахар
sāls | salt | sare | соль
eļļa | oil | ulei | масло
sēklas | seeds, seed | semințe | семена, семечки
rieksti | nuts, nut | nuci, alune | орехи, орех
lazdu, rieksti | hazelnut, hazelnuts | alune | фундук
kaņepes, kaņepju | hemp | cânepă | конопля, конопляный
lini, linsēklas, linsēklu, lina | linseed, flax, flaxseed, linen | in | лён, льняной
rapši, rapšu | rapeseed, canola | rapiță | рапс, рапсовый
olas, ola | egg, eggs | ouă, ou | яйца, яйцо
gaļa | meat | carne | мясо, мясной
cūkgaļa, cūkgaļas | pork | porc | свинина
liellopu, liellopa | beef | vită | говядина
jērs, jēra | lamb | miel | ягнятина, баранина
aita, aitas | sheep, sheeps | oaie | овца, овечий
kaza, kazas, kazu | goat, goats | capră | коза, козий
govs | cow | vacă | корова, коровий
vista, vistas | chicken, hen | pui, găină | курица, курятина
pīle, pīļu | duck | rață | утка
zoss | goose | gâscă | гусь
trusis, truša | rabbit | iepure | кролик, крольчатина
briedis, brieža | venison, deer | căprioară | оленина, олень
mežacūka, mežacūkas | boar, wild boar | mistreț | кабан, кабанятина
desa, desiņas | sausage, sausages | cârnați, cârnat | колбаса, сосиски, колбаски
asinsdesa | black pudding, blood sausage | sângerete | кровяная колбаса
speķis, speķa | bacon, lard | slănină | сало, бекон
pastēte | pate, pâté | pate | паштет
šķiņķis | ham | șuncă | ветчина
sautējums | stew | tocană | тушёнка, рагу
kūpināts, kūpināta, kūpinātas | smoked | afumat, afumată, afumate | копчёный, копчения
žāvēts, žāvēta, kaltēts, kaltēta, kaltētas | dried, cured | uscat, uscată, uscate | вяленый, сушёный
marinēts, marinēti, marinētas | pickled, marinated, pickles | marinat, murături | маринованный
skābēts, skābēti | fermented, sauerkraut | murat | квашеный, квашеная
svaigs, svaigi, svaigais, svaiga | fresh | proaspăt, proaspătă | свежий
saldēts, saldētas | frozen | congelat | замороженный
zivis, zivs, zivju | fish | pește, pești | рыба, рыбный
forele, foreles, foreļu | trout | păstrăv | форель
karpa, karpas | carp | crap | карп
zutis | eel | anghilă | угорь
reņģes | herring, herrings | hering | сельдь, селёдка, салака
brētliņas, šprotes | sprat, sprats | șprot, șproturi | шпроты, килька
lasis, laša | salmon | somon | лосось
nēģi | lamprey, lampreys | chișcar | минога
ikri | roe, caviar | icre | икра
butes | flounder | cambulă | камбала
dārzeņi | vegetables, vegetable | legume | овощи
kartupeļi | potato, potatoes | cartofi | картофель, картошка
burkāni | carrot, carrots | morcovi | морковь
bietes, biešu | beet, beets, beetroot | sfeclă | свёкла
kāposti | cabbage | varză | капуста
gurķi | cucumber, cucumbers, gherkin, gherkins | castraveți | огурцы, огурец
tomāti, tomātu | tomato, tomatoes | roșii | помидоры, томаты, томатный
ķiploki | garlic | usturoi | чеснок
sīpoli | onion, onions | ceapă | лук
ķirbis, ķirbji, ķirbju | pumpkin, squash | dovleac | тыква
cukini | courgette, zucchini | dovlecel | кабачок, цукини
salāti | lettuce, salad | salată | салат
dilles | dill | mărar | укроп
pētersīļi | parsley | pătrunjel | петрушка
sparģeļi | asparagus | sparanghel | спаржа
mārrutki | horseradish | hrean | хрен
pastinaki | parsnip, parsnips | păstârnac | пастернак
augļi | fruit, fruits | fructe | фрукты
ogas, ogu | berries, berry | fructe de pădure | ягоды
āboli, ābolu | apple, apples | mere, măr | яблоки, яблоко, яблочный
bumbieri | pear, pears | pere, pară | груши, груша, грушевый
plūmes, plūmju | plum, plums, prune, prunes | prune | сливы, слива, сливовый
ķirši | cherry, cherries | cireșe, vișine | вишня, черешня, вишнёвый
zemenes, zemeņu | strawberry, strawberries | căpșuni | клубника, земляника, клубничный, земляничный
avenes, aveņu | raspberry, raspberries | zmeură | малина, малиновый
mellenes, melleņu, krūmmellenes | blueberry, blueberries, bilberry, bilberries | afine | черника, голубика, черничный
dzērvenes, dzērveņu | cranberry, cranberries | merișoare | клюква, клюквенный
brūklenes, brūkleņu | lingonberry, lingonberries, cowberry | merișoare | брусника, брусничный
upenes, upeņu | blackcurrant, blackcurrants, black currant | coacăze, coacăze negre | смородина, чёрная смородина, смородиновый
jāņogas | redcurrant, redcurrants | coacăze | смородина
smiltsērkšķi, smiltsērkšķu | buckthorn, sea buckthorn | cătină | облепиха, облепиховый
cidonijas, cidoniju | quince | gutui | айва
rabarberi, rabarberu | rhubarb | rubarbă, revent | ревень
ērkšķogas | gooseberry, gooseberries | agrișe | крыжовник
sēnes, sēņu | mushroom, mushrooms | ciuperci, ciupercă | грибы, гриб, грибной
gailenes | chanterelle, chanterelles | gălbiori | лисички
baravikas | porcini, cep, ceps, boletus | hribi | боровики, белые грибы
austersēnes | oyster mushroom, oyster mushrooms | păstrăvi de fag | вешенки
sula, sulas | juice | suc | сок
sidrs | cider | cidru | сидр
vīns | wine | vin | вино
alus | beer, ale | bere | пиво
kvass | kvass | cvas | квас
morss | fruit drink | suc de fructe | морс
limonāde | lemonade | limonadă | лимонад
medalus | mead | hidromel | медовуха
tēja, tējas | tea, teas | ceai, ceaiuri | чай
sīrups | syrup | sirop | сироп
mērce | sauce | sos | соус
garšaugi, garšaugiem | herbs, herb | ierburi, condimente | травы, пряности
piparmētra, piparmētru | mint, peppermint | mentă | мята
kumelītes, kumelīšu | chamomile | mușețel | ромашка
liepu, liepziedu, liepziedi | linden, lime blossom | tei | липа, липовый
virši, viršu | heather | iarbă neagră | вереск
ziedu, ziedi | flower, flowers, wildflower | flori | цветы, цветочный
meža | forest, wild | pădure | лес, лесной
kanēlis, kanēli | cinnamon | scorțișoară | корица
ingvers, ingveru | ginger | ghimbir | имбирь
ķimenes, ķimenēm | caraway | chimen | тмин
propoliss, propolisa | propolis | propolis | прополис
ziedputekšņi | pollen | polen | пыльца
vasks, vaska | wax, beeswax | ceară | воск
keramika, keramikas | ceramics, ceramic, pottery | ceramică, olărit | керамика
krūze | mug, cup | cană | кружка, чашка
bļoda, bļodiņa | bowl | bol, castron | миска, чаша
šķīvis | plate | farfurie | тарелка
vāze | vase | vază | ваза
podiņš, pods | pot | oală, ghiveci | горшок
svečturis | candlestick, candleholder, candle holder | sfeșnic | подсвечник
sveces, svece | candle, candles | lumânare, lumânări | свеча, свечи
vilna, vilnas | wool, woollen, woolen | lână | шерсть, шерстяной
cimdi | mittens, gloves | mănuși | варежки, перчатки
zeķes | socks | șosete | носки
šalle, lakats | scarf, shawl | eșarfă, fular, șal | шарф, платок
cepure | hat, cap | căciulă, pălărie | шапка
sega | blanket | pătură | одеяло, плед
dvielis | towel | prosop | полотенце
galdauts | tablecloth | față de masă | скатерть
josta | belt | curea, centură | пояс, ремень
dzija | yarn | tors | пряжа
adīts, adīta, adītas, adīti, adījumi | knitted, knitwear, knitting | tricotat, tricotaje | вязаный, вязаные
austs, austa | woven | țesut | тканый
koka, koks | wood, wooden | lemn | дерево, деревянный
karote | spoon | lingură | ложка
dēlītis | board, chopping board | tocător | доска
rotaļlieta | toy, toys | jucărie, jucării | игрушка, игрушки
kauss | ladle | polonic | ковш
grozs | basket | coș | корзина
pinumi | wicker, wickerwork | împletituri | плетение
ziepes | soap | săpun | мыло
krēms | cream, face cream | cremă | крем
balzams | balm | balsam | бальзам
slota | whisk, sauna whisk | mătură | веник
sudraba, sudrabs | silver | argint | серебро, серебряный
dzintars, dzintara | amber | chihlimbar | янтарь
rotas, rota | jewellery, jewelry | bijuterii | украшения
kaklarota | necklace | colier | ожерелье, колье
gredzens | ring | inel | кольцо
auskari | earrings | cercei | серьги
ādas, āda | leather | piele | кожа, кожаный
soma | bag | geantă | сумка
maks | wallet, purse | portofel | кошелёк
kalts, kalta | forged, wrought | forjat | кованый
nazis | knife | cuțit | нож
cirvis | axe | topor | топор
`;
