/**
 * Written by `npm run make:common-words` (scripts/gazetteer/make-common-words.ts): English words, lower case in
 * the SCOWL word list (Debian's wamerican; licence in scripts/gazetteer/LICENSE-scowl.txt), that the gazetteer
 * also knows as a place's name.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `abbess abbey ably abridge abut abyss acacias academy aching achoo achy acre acreage adder adj ado adobes
advance afar affray afire agar ago agrees aids ail air airy ajar alabaster albino ale ales alga alibi alien
all allay allays allege alley alliance allot ally allying aloha alone along alpha alpine altar alter alto
altos amass amber amble amen amiss amity ammo ampere anaconda anchorage anchovy anew angels anger angered
angers angle angles angora angry ani annoy annulling anon antelope anthem antique antlers anus any apace ape
apex aping app apples applying apt arbutus arc arcade arch archangel archer arches arching archway arctic are
area arena arenas ares argyle aria arias ark armada armadillo aroma aromas array arrive arroyo arroyos arsenal
art arty asbestos ascension ascot ash ashing ask asp aspen ass assay assn asst assumption astrakhan ate attar
atty auburn august aura aurally auras awash away awe aye baa baas babel bacon bad bade badger bag bah bail
bailiff bait baits baker bakery balder bale baleen balk balky ball ballad ballast balloon ballots balls balm
balsa balsas bamboo ban band bandana bandanna bane banes banged bangs bani banister banjo bank banks banning
bannister bantam bar barber barberry barbing bard bare barely barge barium bark barking barman barn baron
barrage barren barrens barrette barrios barrow bars basalt base basic basil basin basing bass bassi basso
baste bat bates bath batik battle battlefield battleground batty baud bay bays bazaar beach beacon bear beaver
bed bedder bee beech beeline been beer beers bees began beggar begs begun being belaying belie bell belle
belled belles bells belly bend bender berg berry best bias bid bidding biding bier biers big bigger biking
bile bill billed billet billings billy bimbo bin bind binder bingo binning bird birth bishop bison bites
bitten bittern black blackjack blacks blacksmiths blades bland blarney blast bled bleed blender bless blithe
blitz bloom bloomer blossom bluff bluffs blur boar boas bobbing bobby bode bodega bodkins body bogey boggy
bogie bogy boil bola bolder boll bologna bonanza bonbon bond bone boneless boner bones bong bongo bonito
bonnie bonny bony boo boobing booby boogie boom boomerang boon boons boor boors boos boost boot booze bore
boring born borne boron boss bossier bossing bot botany bottle bottom bottoms bouillon boulder bountiful
bourbon bow bowman box boy bra bracket brad brain brains brake bran branch brand bras brash brass brassy brat
bravo bray brays breech breeze breezy brewer brewers briar bride bridge brier brig brigantine bright brilliant
brims brine broach broke brooch brood brook brooks brown browning bruin brunette brush brusque buck buckeye
buckram bucks buckwheat bud buddy buffalo bug bugger buggy bugle bulkhead bull bullet bullion bulls bully bun
buncombe bungalow bunny bur burg burka burly burns burr burros burrow burrs burs bury bus busby bush bushmen
busing buss bussing bust busy busying but butler butt butte buttermilk button buy buys buzz buzzer bye bytes
cabana cabanas cabaret cacao cache cactus caddy cagy cairns caisson cake cal calabash calamity calcium calif
call caller calliope callow callus cam camber camellia camps campy cams can canal canals canaries cane canes
caning canning cannon canny canoes canon cant canton canyon cape capital caraway carbon carbonate cardigan
carding care carefree caribou carnation carol carpenter carpi carrion carrot carry cars carver cascade
cascades cash cashmere casino casinos cassia cassino cassinos cast castanet castle castor cat catty causeway
cavalier cave cayenne cedar celebration cell celli centenary centennial center central centurion century chad
chafe chagrin chair chalky chamber chamberlain chambers chambray chamois champ champagne champion champs
chance chancy chandler change chap chaparral chapel char charge charring chars chase chattel cheddar cheek
cheeping cheer cheery cheesy cherry chi chichis chile chili chilli chilly chin china chinchilla chinking chino
choir choosy chop chore chummy church circa circle cis cite citrus city claret clarion clay clemency clever
cliffs clit clones clot cloud clover cloverleaf coal coaling coats cob cobra cockatoo cocoa cod cognac coin
cokes col cola college collie cologne colon colony columbine coma comas combine combs come comer comfort comm
comma commando commas commerce common communal compendium competition compound con conception concession
conches concord condom cone confines congas congress conj consolation constitution contention continental
convent converse conversion convoy coo cook cooks cool coolie cooling coolly coon coop cooper coot cop cope
copper coral cordon cork cornea corners cornier corning corny corona corpus corral cot cotes cottage
cottonwood couches council countryside court cousins cove coven cox coyote coyotes cranberry crane crass
crater cray creek creel creepy crescent cress crest crick cricket crone crook crooks crossing crossings
crossness crossroads cruet crystal cube cults cumming curie curry cut cutoff cygnet cypress cypresses dab dabs
daddy dado dados daisy dale dales dally dam damask dame damming damp dandy date dauphin davenport day daze
deadwood deal dean debar debark deeming deep deer defiance deforest delay deli delis dell delta demo democrat
demote dent dents deny deposit derby dial dialing diamond dice dicks die dig dike dilly dim dimer dimmer dingy
dip dire dis discovery diss diva divas dives divide dizzy dock doffing dogs dogwood dole doll dollar dolly
dolphin dome don doom dooms door doorman dory dos dosing dour downer downtown drag drain drains drakes drama
dray drays drew driver drone dross drowning drug dry dual dub due duke dun dunes dunging dunno duns duress
dusty dye dyer dyke eagle earl early earnest earth east eastern ebbs ebony echelon echo eclectic economy eddy
eel eerie eery effort egg egging egress elbow elixir elk ell emerald eminence emirates empire emporia emporium
ems encamp energy enigma enterprise entrance era eras ere erode err erring espy est ester eta eucalyptus
eureka evens evergreen exiles experiment eye fad fairway fairyland falcon falconer fall falls fan fang far
fare farmers farmland farms fate federal feel feeling feels fees feline felines fell felling fells felon fem
fer ferns ferret ferric ferrying fey fez fiche fie fiery fife fig file filler filly finale fines finis finks
fins fir fireworks fiscal fisher fishers fishhook fishy fizz fizzes flagstaff flats flea fleet flies flint
flora florin floss flukes flushing folders folly fonts foot fora force ford fords fores forest forge forges
forks fort forth fortune fossil foster fountain fowling fox frank free freedom freehold freeman freer frees
fresco freshwater friend friendly friendship from front frost fry frying fulling fully furnace fussy gabby gal
gala gale galena gall galleon gaming gamma gamut gamy gang gannet gap garland garner garnet garret garrison
gassy gates gateway gay gayer gays gaze gel genes gent gentry germinal gets gibbon gibbons giblet giddy gill
gilt gimpy gin ginning ginseng give glad glades gland glib glide globe glove gobs god godson goes goggle going
gold golden goldenrod golly gone gonging good goof google goose gooseberry gore gored gorge gorges goring gory
gossip gotta grabbing grabs graces grad grain gram grandson grange granges granite grant grants grapevine
grass grassy grave graven gray grays green greenback greens grenade griffin grill grim grimes grin grins grit
groove grooves gross grottoes grove groves grub guano guessing guide guinea guise gulf gull gully gummy gums
gun gunny guns gushy guy gypsum hacienda hackney had hag hail hailing hair hale haler halfway haling hall
hallow halls halo halon ham hamlet hammer hammocks hang harass harbor hard hardy hare harem hark harm harmony
harness harp harrow harry hart harvest has hash hassle hassocks haste hasting hat hatch hatchery hating
hatting haven hawker hawthorn hay hays hazard headland headlands headquarters healing heath hector heed heel
heist hell helm helmet helper hem hemlock hemp hen henpeck her herald here hermitage hero heron hers hes hey
hickory hid hidden hide hideaway hideout hies highland highlands hill hills hillside hilly hims hind hinges
hippo his hiss hit hobby hobo hobs hocking hod holder hole holiday holler hollow holly holy homburg home
homeland homer homestead homesteads hometown hominy homy honcho hone honey hood hoodoos hooey hoof hook hooker
hooks hoops hoot hooting hope hopper hops horn horseshoe hosanna host hot hour hove hover hub huddle hue huff
hula hull hum human humanness humble hummus hums humus hunt hunter hurray hurricane hurt hussy hwy hydra hypo
ibis icicle ides ids idyl idyll ifs igloo iii ill imperial inching incline ind independence indoor industry
infield inks inland inn inning inns ins int intercourse ions iota iris island islands isle ism jabbing jabot
jackpot jading jam jangling japan jape jar jarring jasper jaw jay jays jazzy jeer jeering jell jelling jello
jelly jellying jerky jersey jet jewel jewels jib jibs jig jigger jilts jimmy jingling jinn jinni jinnis jinns
jive jives job joiner jolly joy joys jubilees jug jumbo juncos junction juniper juntas jury just justice kale
kapok karakul karma kazoo keel keeling keels keen keener keenly keenness keep ken key keystone khan kill
killdeer kills kiln kilo kilts kin kinder king kingfisher kings kisser kisses kissing kit kite kitten kitty
klutz knees kooky krone lab label labor labs laces lack lacrosse lacy lad lag lain lake lakes lam lama lamas
lame lampoon lancing lander landing landmark lane lanes lapel largo lariat larkspur larva larynges lase laser
lases lash lasing lass lasses lat lattes laurel law lawn lax lay laymen lays lazy lea lead lee leech leek leer
leers leery lees leggin lei lemma lemme lemming lemon lemur lend lender lens lent less lessee lessen lest
levee levees level levy lib liberal liberty lice lichen lick licking lid lids lie liege lien liens lies lieu
lignite lii likens lily limbo lime limerick limestone limit limo limos limping linden line linen lint lints
lion lions lira liras lire lisle list lit liter litter little littoral lively livery llama llamas llano loan
lob lobe lobes location lock locking locust lode log logon logos loin lone long longing look loom loon loons
loony loop loopy looser loot loots lop lorn lorry loser loss lot lots loving lowlands loyal luau lube luck
lucky lucre lulling lung lupin lure luring lye lying lyre mace mackinaw mad madden madder made madras madrigal
magenta magnesia magnolia maiden maidenhead main mains maize major make makes malady male males mall mallard
mallow malls mama mamma mammary mammoth man manage manatee mane manes manga mange manger mango mania manias
manly manna manner manning manor mans manse mantel mantes many mapping mar maraca maracas marathon march
marches mare mares margarita margaritas maria marina marines maritime market marks marlin maroon marquees
marquess marquise marrow marry mars marshal marshes mart martin martinis martins marts marvel mas mascara
mascot mason mass massing matador mate matte maul maw maximum may mayflower mayo mayor maze mead meadows mecca
meccas mechanic med meddling media medias medulla meek meeker meekness meets megalopolis melon men mending
mentor mercury mercy mere meres meridian merino merit merry mes mesa mescal meshed mesquite mess messiness
meta metal mete meter metes metro metropolis mica middy midland midlands midstream midtown midway mien mil
mile miler milers miles mill miller millers millet mills mils mime miming min mind mine mini minister minor
minster mire mires miss mission mite mkay mobile mocha model modern mogul moires mold mole moll mommy mono
monopoly monsoon monster monument moo mooch moody moon moons moor moors moos moose moot mope moraine moral
morass moray more mores morocco moron morrow morrows mos mosque mosquito moss mossy most moth motley mottling
mound mounds mountain mountainside mountaintop much muff mugger muggy mulberry mull mulling mullion murk
muscat muse mush mushy muskrat muss mussy mustang muster mute muting mutt mutters mutually myna mynas myrtle
mystic nails name nappier narrows nary natal naval nave naves nay neath neck needle needles needless neptunium
never newel newton newtons nice nigger nil nimbi ninny nit nix noble noel noisy non none noon nor normal north
northeast northeastern northern northwest novae novas nudge nut nutrias oaks oar oasis obj oblong occasion
occidental oceanic ocher odder ode odes off officer ogle ogre okay omega omen one onset oops opal opera
opportunity ops opus oracle oral orange oratorio orchards ore ores orient oriental osprey otter ousted outer
outlook ovary over overland own oxbow oxford pace pacific pack page pains painter paisley pal palazzo pale
paling palisade palisades pall palling palls palmetto palms palmy palomino pals pampas pan panda pane panes
pang panhandle panorama pansy pant panty pap papa papaya paper par parabola parachute paradise paramount
parchment pare pares park parks parkway parole parolee parries parry parsons part partizan pas pasha pass
passage passing passion pasta pastas paste patch pate patsy patter patty paw pawing pawpaw pay payee pays
peace pearl pebbles pecs peculiar peek peeking peel peeling peeping peer peerless peers pelt pen penal penguin
pennon pens pepping per perches perigee perm pert pesky pest petal peters pets petting phoenix phyla piano
piazza pica picayune pie pier pierce pies pigeon piggy pike pilau pile piles pill pillar pillion pin pinch
pine pines pining pink pinky pinning pinto pioneer piranha piranhas pis piss pit pita piton pity pixy pizza
placer plain plains plait plan planes plans plantation plate plateau plateaux play plaza pleasant plenty plop
plover plugin plum plunge plunges plus pocking point poking pol pole police poling poll pollen polling
polliwogs polls pollywogs polo pols ponder ponds pony pool pooling pools poop pop poplar poplin poppy porches
porcupine pore port portage porter portico pose poses posse posses possess possession post postal potteries
potters potting potty pouch pout pram prate pray prays pres press price prickly prim prince prior pristine
privateer privater proclamation proctor proctors progress propel prospect prosper prosperity prosperous proven
providence provost puck pueblo puke pukes puking pull pulley pulpy puma pun punch punning purchase purer purrs
pusher pussy put putt putting putty puttying pwning pylon pyre quack quarry quart quarter quarto quay queens
queer quell quiche quiches rabbi raccoon race raciness racoon racy radon raffia raga rage raglan raid raiding
rain rainbow rainier raja rake rally ram ran range ranger rape rapid rapids rash ravels raven ray rayon rays
razes razzes reading readying real recovery rector redden redhead reds redwood reeds reek reel reeves reform
rehi reis rely repose republic research reserve reservoir rest retell retreat reunion rev revel revere revile
rho rice rid ridden ridding riddle riddles ride rider rides ridge riding riff riffle rifle rill rim rims rind
rink rip ripe rising river rivers riverside rivet road roam roan rob robe robins rock rocks rode rodent rodeo
roe roebuck rogers role roles romaine roman room roomy roost root roots rose rosebud rosemary roses rosette
rosewood rosy rot rots rotunda rouge roundabout roundup rouse row rowel royal royals rube ruby ruddy rude rue
ruffling rugby rum running ruse rush rusk rust rye sable sabres sachet sack sadden sag saga sagas sagebrush
said sail saints sake saki salaam salamis sale sales saline salines sallies sally salmon salon saloon salt
salute salve samba sambas same sand sandbank sanders sands sandstone sandwich sandy sang sappy saree sari
saris sass sassafras sassy sate satiny sauce sauces saucier savage savanna savannah save sawmills sax say
scant scarcely scatters scenic schooner scissors scone scoot scooter sears seaside sec sector sedan see seem
seen seer seers sees selfie sell sells semaphore semen semi send senna sera seraglio sere serest serpentine
servo sesame set settee setter settle sever severance sexy shack shade shaft shaky shale shall shaman shamrock
shandy shanghai shape shaping share sharia shariah sharpness sheer shell shepherd shields shilling shin shiner
shingle shining shinning shinny shinnying shiny ship shipyard shire shirk shirr shirrs shoals shone shoot
shoots shore shoreline shortens shot shots shush shut shy shying sic side sierra sigma signboard signpost sill
sills silly silos silt silvan sim simian simmering sims sin since sine sing singer singleton sinning sins
sipping sir sire siren sis sisal sissy sisters sit ski skit skulls sky slashes slaughter slide slope slough
smelter smith smiths snider snit snits snow snowflake snug soars sober sod soften sol solar solarium sole soli
solitude solo some son song sonny soon sooty sore sorrel sorry sort sorts sos soul sour sours souse south
southeastern southern soy soya spa sparks spas spat spates spatula spay speedway spire spires split spoken
spoor spray spring springs spry spur spy squawk sriracha stab stables stagecoach stain stains stall stamps
staples star stark starry stat state steeps stein steins steps sterling stiff stiles still stilling stir
stirring stock stoke stokes stone stoner stonewall stood store stow straw strawberry stray street striker
string strip strong strum stubs sturgeon styles styling sublimity success sued sues sully sulphur sultan
sultana summer summerhouse summit sumo sunburn sundown sunflower sunnier sunning sunny sunrise sunset sunshine
superior supreme surges surprise surrey swain swallow swan sway swords sycamore sylvan tab tabbing tabby taboo
tabu tactic taffy tag tailor tailors taker tale talent tales talisman tall tally talon tam tamale tame tampon
tams tan tangent tangerine tangier tango tangy tank tanner tanning tans tap tape tapes taping tapping tar tare
taro tarp tarry tars tartar tat tatting tattoos taut tavern tbs tea tee teems teen teeny teepee tees tel tell
temperance tempi temple ten tender tendon tenon tent tepee tequila terminal termini terminus terrace terror
terry than thatcher thermal these thin thorn thunderbolt thy tiara tic tie tiers tile tiling till tiller
tilling tilt tin tine ting tipi tire tires tiring tiro tiros titan titling tizzy toast tobacco toddy toga toll
tom tomahawk tombstone tome ton tone tong tongue toning tonne tony too took tool tor tore torn tornado torrent
tors toss tosses tost totes tour tours tower trail train trainer tranquility tranquillity trans transit trap
tray tree trees tress tresses triangle tribune tricolor trident trig trim trinity trip tron trooper
troublesome trough troupe troy truly truss trying tub tuba tubas tucker tulle tumble tun tunas tune tunes
tunnel tunny tureen turkey turn turner turtle tutu tux tweed twill twin twist tying tyro tyros udder union
unity university upland uptown used usher usury vagary vain vale valence valentine vales valet valley valor
van vane vanes vans vars vary vase veep veer veil vein veneer verdigris verges verier vermilion vermillion
vernal verve very vest veteran veto vex vicar vice victor victory vie vies vii viii vile vileness villa
village villages villas vim vine vines vineyard vineyards viol viola violet vise vista vitally volcano voles
vols voluntary voodoo voters wad wade wadi wagging waging wagoner waits wake waldo wales waling walk walker
wall walling walls walnut wan wangle waning wanna ward warden warder ware warn warren warrior wary wash washer
watchtower waterways watt watts wave waver way ways weasel weaver weavers web wed wedding wee weed weeding
weedy weer wees weest welch welcome well welling wellington wells welsh wen wens west westerly western wetter
wetting wheeler wheeling whetstone whistler white whitefish whiting wick wideness wigeon wilder wildflower
wile will willow willows wily win wine wines wing wingless wink winner winters wiry wise withers wiz woodbine
woodland woodlands wool woolen wore worms worry worth wrens wright wrist yak yam yap yard yaw yea yell yelling
yen yet yew yip young yrs yucca yuccas yule zebra zero zest zincing zing zinnia zone zoo`.split(/\s+/),
);
