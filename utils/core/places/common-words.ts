/**
 * Written by `npm run make:common-words` (scripts/gazetteer/make-common-words.ts): English words, lower case in
 * the SCOWL word list (Debian's wamerican; licence in scripts/gazetteer/LICENSE-scowl.txt), that the gazetteer
 * also knows as a place's name.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `abbess abbey ably abridge abut abyss acacias academy accord aching achoo achy acre acreage adder adj ado
adobes advance afar affray afire agar agency ago agrees aids ail air airy ajar alabaster albino ale ales alga
alibi alien all allay allays allege alley alliance allot ally allying aloha alone along alpha alpine altar
alter alto altos amass amber amble amen amiss amity ammo ampere anaconda anchorage anchovy anew angels anger
angered angers angle angles angora angry ani annoy annulling anon antelope anthem antique antlers anus any
apace ape apex aping app apples applying apt arbutus arc arcade arch archangel archer arches arching archway
arctic are area arena arenas ares argyle aria arias arid ark armada armadillo aroma aromas array arrest arrive
arroyo arroyos arsenal art arty asbestos ascension ascot ash ashing ask asp aspen ass assay assn asst
assumption astrakhan ate atlas attar atty auburn august aura aurally auras awash away awe axis aye baa baas
babel bacilli bacon bad bade badger bag bah bail bailiff bait baits baker bakery balder bale baleen balk balky
ball ballad ballast balloon ballots balls balm balsa balsas bamboo ban band bandana bandanna bane banes banged
bangs bani banister banjo bank banks banning bannister bantam bar barber barberry barbing bard bare barely
barge baring barium bark barker barking barley barman barn baron barrage barren barrens barrette barring
barrios barrow bars basalt base basic basil basin basing bass bassi basso bast baste bat bates bath batik
battle battlefield battleground batty baud bay bays bazaar beach beacon bear beaux beaver bed bedder bee beech
beeline been beer beers bees beets began beggar begs begun being belaying belie bell belle belled belles bells
belly belt bend bender berg berry best beta bets betting bias bicker bid bidding biding bier biers big bigger
biking bile bill billed billet billings billy bimbo bin bind binder binges bingo binning bird birth bishop
bison bites bitten bittern black blackjack blacks blacksmiths blades bland blarney blast bled bleed blender
bless blessing bliss blithe blitz blond bloom bloomer blossom bluff bluffs blur boar boas bobbing bobby bode
bodega bodkins body bogey boggy bogie bogy boil bola bolder boll bologna bolt bonanza bonbon bond bone
boneless boner bones bong bongo bonito bonnie bonny bony boo boobing booby boogie boom boomerang boon boons
boor boors boos boost boot booze bore boring born borne boron borrow boss bossier bossing bot botany bottle
bottom bottoms bouillon boulder bountiful bourbon bow bowling bowman box boy bra bracket brad brain brains
brake bran branch brand bras brash brass brassy brat bravo bray brays breech breeze breezy brewer brewers
briar bride bridge brier brig brigantine bright brilliant brims brine broach broke brooch brood brook brooks
brown browning bruin brunette brush brusque buck buckeye buckram bucks buckwheat bud buddy buffalo bug bugger
buggy bugle bulkhead bull bullet bullion bulls bully bun buncombe bungalow bunny bur burden burg burka burly
burns burr burros burrow burrs burs bury bus busby bush bushmen busing buss bussing bust busy busying but
butler butt butte buttermilk buttes button buy buys buzz buzzer bye bytes cabana cabanas cabaret cacao cache
cactus caddy cagy cairns caisson cake cal calabash calamity calcium calif call caller calliope callow callus
calypso cam camber came camellia camps campy cams can canal canals canaries candor cane canes caning canning
cannon canny canoes canon cant canton canyon cape capital caraway carbon carbonate cardigan carding care
carefree cargo caribou carnation carol carpenter carpi carrion carrot carry cars carver cascade cascades cash
cashmere casino casinos cassette cassia cassino cassinos cast castanet castle castor cat catty causeway
cavalier cave caves cayenne cedar celebration cell celli centenary centennial center central centurion century
cerise chad chafe chagrin chair chalky chamber chamberlain chambers chambray chamois champ champagne champion
champs chance chancy chandler change chap chaparral chapel char charge charring chars chase chattel cheddar
cheek cheeping cheer cheery cheesy cherry chevron chi chichis chile chili chilli chilly chin china chinchilla
chinking chino chipping choir choosy chop chore chummy church circa circle cis cite citrus city clans claret
clarion clay clemency clever cliffs climax clit clone clones clot cloud clover cloverleaf coal coaling coats
cob cobra cockatoo cocoa cod cognac coin cokes col cola college collie cologne colon colony columbine coma
comas combine combs come comer comet comfort comm comma commando commas commerce common communal compendium
competition compound con conception concession conches concise concord concrete condom cone confines
confluence congas congress conj consolation constitution contention contest continental convent converse
conversion convoy coo cook cooker cooks cool coolie cooling coolly coon coop cooper coot cop cope copper coral
cordon core cork corn cornea corners cornier corning corny corona corpus corral cot cotes cottage cotter
cotton cottonwood couches council countryside court cousins cove coven covey coward cox coyote coyotes
cranberry crane crass crater cray creek creel creepy crescent cress crest crick cricket crone crook crooks
crossing crossings crossness crossroads crucible cruet crystal cube cults cumming curie curry cut cutoff cuts
cygnet cypress cypresses dab dabs daddy dado dados daily daisy dale dales dally dam damask dame damming damp
dandy date dauphin davenport day daze deadwood deal dean debar debark deeming deep deer defiance deforest
degree delay deletes deli delis dell delta demo democrat demote dent dents deny deport deposit derby dial
dialing diamond dibble dice dicks die dig dike dilly dim dimer dimmer dingy dip dire dis discovery diss diva
divas dives divide dizzy dock docking dodge doffing dogs dogwood dole doll dollar dolly dolphin dome don doom
dooms door doorman dory dos dosing dour downer downs downtown drag drain drains drakes drama dray drays
dresser drew driver dromedary drone dross drowning drug dry dual dub dud due duke dully duly dun dunes dung
dunging dunning dunno duns duping duress dusty dye dyer dyke eagle earl early earnest earth east eastern ebbs
ebony echelon echo eclectic economy ecru eddy eel eerie eery effort egg egging egress elbow elixir elk ell elm
emerald eminence emirates empire emporia emporium ems encamp energy enigma enterprise entrance equality era
eras ere erode err erring espy essay est ester eta eucalyptus eureka evens evergreen excel exiles experiment
export eye fad fairway fairyland faith falcon falconer fall falls fan fang far fare farina farmers farmland
farms fate federal feel feeling feels fees felicity feline felines fell felling fells felon fem fer ferns
ferret ferric ferrying fertile fey fez fiche fie fiery fife fig file filler filly finale fines finis finks
fins fir fireworks firth fiscal fisher fishers fishhook fishy fizz fizzes flagstaff flats flea flee fleet
flies flint flocking flora florin floss flukes flushing folders folly fonts foot fora force ford fords foreman
fores forest forge forges forks fort forth fortune fossil foster fountain four fours fowling fox frank free
freedom freehold freeman freer frees fresco freshwater friend friendly friendship from front frost fry frying
fulling fully furnace fussy gabby gal gala gale galena gall gallant galleon galls gals gaming gamma gamut gamy
gang gannet gap garland garner garnet garret garrison gas gash gassing gassy gates gateway gay gayer gays gaze
gees gel genes gent gentry germinal gets gibbon gibbons giblet giddy gill gilt gimpy gin ginning ginseng give
glad glades gland glib glide globe gloss glove gobbles gobs god godson goes goggle going gold golden goldenrod
golf golly gone gonging gonna good goodwill goof google goose gooseberry gore gored gorge gorges goring gory
gosh gossip gotta grab grabbing grabs grace graces grad graft grain gram granary grand grandson grange granges
granite grant grants grapevine grass grassy gratis grave graven gray grays green greenback greens grenade
griffin grill grim grimes grin grins grit groom groove grooves gross grottoes grove groves grub grues guano
guessing guide guinea guise gulf gull gully gummy gums gun gunning gunny guns gushy guy gypsum gyrate hacienda
hackney had hag hags hail hailing hair hale haler hales halfway haling hall hallow halls halo halon ham hamlet
hammer hammocks hang happy harass harbor hard hardy hare harem hark harm harmony harness harp harrow harry
hart harts harvest has hash hassle hassocks haste hasting hat hatch hatchery hating hatting haven hawker
hawthorn hay hays hazard headland headlands headquarters healing heath heather hector heed heel heist hell
helm helmet helper hem hemlock hemp hen henpeck her herald here hermitage hero heron hers hes hey hickory hid
hidden hide hideaway hideout hies highland highlands hill hills hillside hilltop hilly hims hind hinge hinges
hippo his hiss hit hobby hobo hobs hocking hod holder hole holiday holler hollow holly holy homburg home
homeland homer homes homestead homesteads hometown hominy homy honcho hone honey hooch hood hoodoos hooey hoof
hook hookah hooker hooks hoops hoot hooting hope hopper hops horn horseshoe hosanna hose hospital host hot
hour hove hover hub huddle hue huff hula hull hum human humanness humble hummus hums humus hunt hunter hunting
hurray hurricane hurt hussy hwy hydra hypo ibis icicle ides ids idyl idyll ifs igloo iii ill imperial inching
incline ind independence indoor industry infield inks inland inn inning inns ins int intercourse ions iota
iris island islands isle ism ivy jabbing jabot jackpot jading jam jangling japan jape jar jarring jars jasper
jaw jay jays jazz jazzy jeer jeering jell jelling jello jelly jellying jerky jersey jet jewel jewels jib jibs
jig jigger jilts jimmy jingling jinn jinni jinnis jinns jive jives job joiner jolly joy joys jubilees jug
jumbo juncos junction junior juniper juntas jury just justice kale kapok karakul karma kazoo keel keeling
keels keen keener keenly keenness keep ken key keys keystone khan kill killdeer kills kiln kilo kilts kin
kinder kindred king kingfisher kings kisser kisses kissing kit kite kitten kitty klutz knees knock kooky krone
lab label labor labs laces lack lacrosse lacy lad lag lain lake lakes lam lama lamas lame lampoon lancing
lander landfall landing landmark lane lanes lapel laps largo lariat larkspur larva larynges lase laser lases
lash lasing lass lasses lat late latte lattes laurel law lawn lax lay laymen lays lazy lea lead leap lee leech
leek leer leers leery lees leggin lei lemma lemme lemming lemon lemur lend lender lens lent less lessee lessen
lest levee levees level levy lib liberal liberty lice lichen lick licking lid lids lie liege lien liens lies
lieu lignite lii likens lily limbo lime limerick limestone limit limo limos limping linden line linen linger
lint lints lion lions lira liras lire lisle list lit liter litter little littoral lively livery lives lizard
llama llamas llano loamy loan loans lob lobby lobe lobes location lock locking locust lode log logon logos
loin lone long longing look loom loon loons loony loop loopy looser loot loots lop lorn lorry loser loss lot
lots loving lowlands loyal luau lube luck lucky lucre lug lulling lung lupin lure luring lye lying lynch lyre
mace mackinaw mad madden madder made madras madrigal magazine magenta magnesia magnet magnolia maiden
maidenhead maidens main mains maize major make makes malady male males mall mallard mallow malls mama mamma
mammary mammoth man manage manatee mane manes manga mange manger mango mania manias manly manna manner manning
manor mans manse mansion mantel mantes many mapping mar maraca maracas marathon marble march marches mare
mares margarita margaritas maria marina marine marines maritime mark market marks marlin maroon marquees
marquess marquise marrow marry mars marshal marshes mart martin martinet martinis martins marts marvel mas
mascara mascot mason mass massing matador mate matte maul maw maximum may maybe mayflower mayo mayor maze mead
meadow meadows mecca meccas mechanic med meddle meddling media medias medley medulla meek meeker meekness
meets megalopolis melon men mending mentor mercury mercy mere meres meridian merino merinos merit merry mes
mesa mesas mescal meshed mesquite mess messiness messy meta metal mete meter metes metro metropolis mica middy
midland midlands midstream midtown midway mien mil mile miler milers miles milky mill miller millers millet
mills mils mime miming min mind mine miner mini mining minis minister minor minster mire mires miss mission
mite mkay mobile mocha model modern mogul moires mold mole moles moll mommy mono monopoly monsoon monster
monument moo mooch moody moon moons moor moors moos moose moot mope moraine moral morass moray more mores
morocco moron morrow morrows mos mosque mosquito moss mosses mossy most moth motley mottling mound mounds
mountain mountainside mountaintop mousey mousy much muddy muff mugger muggy mulberry mull mulling mullion murk
muscat muse mush mushy muskrat muss mussel mussy mustang muster mute muting mutt mutters mutually myna mynas
myrtle mystic nails name nappier narrows nary nasal natal naval nave naves nay neath neck needle needles
needless neptunium never newborn newel newton newtons nice nigger nil nimbi ninny nit nix noble nods noel
noisy non none noon noonday nor normal north northeast northeastern northern northwest novae novas novelle
nudge nut nutrias oaks oar oasis obj oblong occasion occidental oceanic ocher odder ode odes off officer ogle
ogre okay omega omen one onion onset oops opal opera opportunity ops opus oracle oral orange oratorio orchards
ore ores orient oriental osprey otter oust ousted outer outlook ovary over overland own oxbow oxford pace
pacific pack pact page pains paint painter paisley pal palazzo pale paling palisade palisades pall palling
palls palmetto palms palmy palomino pals pampas pan panacea panda pane panes pang panhandle panic panorama
pansy pant panty pap papa papaya paper par parabola parachute paradise paragon paramount parches parchment
pare parent pares parish park parks parkway parole parolee parries parry parsons part partizan pas pasha pass
passage passing passion pasta pastas paste patch pate patsy patter patty pavilion paw pawing pawpaw pay payee
pays peace pearl pebbles peck pecs peculiar peek peeking peel peeling peeping peer peerless peers pegs pelt
pelves pen penal penguin pennon pens pepping per perches perigee perm pert pesky pest petal peters pets
petting peyote phoenix phyla piano piazza piazze pica picayune pie pier pierce pies pigeon piggy pike pilau
pile piles pill pillar pillion pin pinch pine pines pining pink pinky pinnacle pinning pinto pioneer piranha
piranhas pis piss pit pita piton pity pixy pizza placer plain plains plait plan planes plans plantation plate
plateau plateaux platen play plaza pleasant plenty plop plover plugin plum plunge plunges plus pocking point
poison poking pol pole police poling poll pollen polling polliwogs polls pollywogs polo pols ponder ponds pony
pool pooling pools poop pop poplar poplin poppy porches porcupine pore port portage portal porter portico pose
poses posse posses possess possession post postal potteries potters potting potty pouch pound pout powers pram
prate pray prays pres press pretty prey price prickly prim prince prior pristine privateer privater
proclamation proctor proctors progress propel prospect prosper prosperity prosperous proven providence provost
pry puck pueblo puke pukes puking pull pulley pulpy puma pun punch punning purchase pure puree purer purrs
pusher pussy put putt putting putty puttying pwning pylon pyre quack quarry quart quarter quarto quay queens
queer quell quiche quiches rabbi raccoon race raciness racoon racy radon raffia raga rage raglan raid raiding
rain rainbow rainier raja rake rally ram ran range ranger rape rapid rapids rash ravel ravels raven ravine ray
rayon rays razes razzes reading readying real recovery rector redden redhead reds redwood reeds reek reel
reeves reform rehi rein reis reliance rely repose republic research reserve reservoir rest retell retreat
reunion rev revel revere revile rho rice rid ridden ridding riddle riddles ride rider rides ridge riding riff
riffle rifle rill rim rims rind ring rink rip ripe rising river rivers riverside rivet road roam roan rob robe
robins rock rocks rod rode rodent rodeo roe roebuck rogers role roles romaine roman rood roof room roomy roost
root roots rope rose rosebud rosemary roses rosette rosewood rosy rot rotary rote rots rotunda rouge roulette
roundabout roundup rouse row rowel royal royals rube ruby ruddy rude rue ruffling rugby rule rum runnels
running ruse rush rusk rust rutting rye sable sabres sachet sack sad sadden sag saga sagas sagebrush said sail
saints sake saki salaam salamis sale sales saline salines sallies sally salmon salon saloon salt salute salve
samba sambas same sampans sand sandbank sanders sands sandstone sandwich sandy sang sapphire sappy saree sari
saris sass sassafras sassy sate satiny sauce sauces saucier savage savanna savannah save savvy sawmill
sawmills sax say scant scarcely scatters scenic schooner scissors scone scoot scooter scurry seaboard seaman
searchlight sears seaside sec secretary section sector sedan see seem seen seer seers sees selfie sell sells
semaphore semen semi send senile senna sent sentinel sera seraglio sere serest serpentine servant servo sesame
set settee setter settle sever severance sexy shack shade shaft shaky shale shall shaman shamrock shandy
shanghai shape shaping share sharia shariah sharpness sheer sheering shell shepherd sherry shields shilling
shin shiner shingle shining shinning shinny shinnying shiny ship shipyard shire shirk shirr shirrs shoals
shone shoot shoots shore shoreline shortens shot shots shush shut shy shying sic side sierra sigma signboard
signpost sill sills silly silos silt silvan sim simian simmering sims sin since sine sing singer singleton
sinning sins sipping sir sire siren sis sisal sissy sisters sit sizes ski skit skulls sky skyline slashes
slaughter sledge slide slope slough smelter smiley smith smiths smock snider snit snits snow snowflake snug
soars sober sod soften sol solar solarium sole soli solitude solo some son song sonny soon sooty sore sorrel
sorry sort sorts sos soul sour sours souse south southeastern southern soy soya spa sparks spas spat spates
spatula spay speedway spire spires split spoken spoor spray spring springs spry spur spy squawk sriracha stab
stables stagecoach stain stains stall stamps staple staples star stark starry start startup stat state stave
steep steeps stein steins step steps sterling sterna sternness stiff stiles still stilling stir stirring stock
stoke stokes stone stoner stonewall stood store story stow strand straw strawberry stray street striker string
strip strong strum stubs sturgeon styles styling sublimity success sued sues sully sulphur sultan sultana
summer summerhouse summit sumo sunburn sundown sunflower sunnier sunning sunny sunrise sunset sunshine
superior supreme surges surprise surrey swain swallow swan sway swisher swords sycamore sylvan tab tabbing
tabby taboo tabu tactic taffy tag tailor tailors taker tale talent tales talisman tall tallow tally talon tam
tamale tame tampon tams tan tangent tangerine tangier tango tangy tank tanner tanning tans tap tape tapes
taping tapping tar tare tares taro tarp tarry tars tartar tat tatting tattoos taut tavern tbs tea tee teems
teen teeny teepee tees tel tell temperance tempi temple ten tender tendon tenon tent tepee tequila terminal
termini terminus terrace terror terry than thatcher thermal these thin thinness thorn thrall thunderbolt thy
tiara tic tie tiers tile tiling till tiller tilling tilt timberland tin tine ting tinny tiny tipi tire tires
tiring tiro tiros titan titling tizzy toast tobacco toddy toffee toga toll tom tomahawk tombstone tome ton
tone tong tongue toning tonne tony too took tool tor tore torn tornado torrent tors toss tosses tost totes
tour tours tower trail train trainer tram tranquility tranquillity trans transit trap tray tree trees tress
tresses triangle tribune tricolor trident trig trim trinity trip trochee tron trooper tropic troublesome
trough troupe troy truly trundle truss trying tub tuba tubas tucker tulle tumble tun tunas tune tunes tunnel
tunny tureen turkey turn turner turrets turtle tutu tux tweed twill twin twist tying typical tyro tyros udder
union unity university upland uptown used usher usury utopia vagary vain vale valence valentine vales valet
valiant valley valor van vane vanes vans var vars vary varying vase veep veer veers veil vein veneer verdigris
verges verier vermilion vermillion vernal verve very vesper vest veteran veto vex viburnum vicar vice victor
victory vie vies vii viii vile vileness villa village villages villas vim vine vines vineyard vineyards viol
viola violet virgin vise vista vitally vogue volcano voles vols voluntary voodoo voters wad wade wadi wagging
waging wagoner wainscot waits wake waldo wales waling walk walker wall walling walls walnut wampum wan wane
wangle waning wanna war ward warden warder ware warn warns warren warrior wary wash washer watchtower
waterproof waterways watt watts wave waver way ways weasel weaver weavers web wed wedding wee weed weeding
weedy weer wees weest weir welch welcome well welling wellington wells welsh wen wens west westerly western
wetter wetting wheeler wheeling wheelwright whetstone whistler white whitefish whiting wick wicket wideness
wigeon wilder wildflower wile will willow willows wily win windfall wine wines wing wingless wink winner
winters wiry wise wit withers wiz woodbine woodland woodlands wool woolen wore worms worry worth wrangle wrens
wright wrist yak yam yap yard yaw yea yell yelling yen yens yet yew yip young yrs yucca yuccas yule zebra
zephyr zeppelin zero zest zincing zing zinnia zone zoo`.split(/\s+/),
);
