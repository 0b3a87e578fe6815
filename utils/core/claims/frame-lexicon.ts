/**
 * The words a figure's frame is read with (figure-frame.ts), as data: which nouns name one measured
 * thing, which verbs name one event, which words make a figure a change, a rate, a plan, a forecast
 * or a running total, and which actors stand for a country. Families fold the ways news writes one
 * thing ("troops", "soldiers", "servicemen") into one key; a word outside every family is its own key.
 */

/** Builds word → family key from lines of "key: word word ...". */
function families(spec: string): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const line of spec.trim().split('\n')) {
    const [key, list] = line.split(':') as [string, string];
    for (const word of list.trim().split(/\s+/)) map.set(word, key.trim());
    map.set(key.trim(), key.trim());
  }
  return map;
}

/** Measured things: counted nouns and the heads of what money, shares and lengths are of (wheat is a part of grain, apart). */
export const MEASURE_FAMILIES = families(`
troops: troop soldier soldiers servicemen serviceman servicemembers personnel forces force fighters fighter
people: person persons individuals individual
civilians: civilian
residents: resident inhabitants inhabitant population populations citizens citizen
refugees: refugee evacuees evacuee migrants
children: child kids kid
aid: assistance support help funding funds fund financing package packages bill bills measure legislation
loan: loans credit credits
budget: budgets spending expenditure expenditures
exports: export
imports: import
missiles: missile rockets rocket
drones: drone uavs uav
tanks: tank
countries: country nations nation states state
range: ranges reach
border: borders frontier
frontline: front front-line
grain: grains cereal cereals
gas: lng
gdp: economy output
lives: life
territory: region regions oblast oblasts province provinces area areas city town village country land
`);

/**
 * Quantities that stand and can move, so that two different values at two dates are a change over
 * time: troops massed, people living somewhere, territory held, lives lost, the dead found in a mass
 * grave as they are exhumed, a running total. Anything else (an
 * aid package, the dead of one strike, a vote) is an event: two values are two events, and only
 * figures that agree are shown together.
 */
export const STOCK_EVENTS: ReadonlySet<string> = new Set(['massed', 'inhabited', 'control', 'lost', 'buried']);
// Not a weapon's range nor a border's length: two values of those are most often two weapons or two borders.
export const STOCK_MEASURES: ReadonlySet<string> = new Set(['residents', 'territory', 'frontline']);

/** Measures that name one thing whatever place a sentence names beside them: the war's front line. */
export const PLACE_FREE_MEASURES: ReadonlySet<string> = new Set(['frontline']);

/** Words that, beside a measured noun, make it a different thing: military aid is not humanitarian aid. */
export const CONTRASTING_MODIFIERS = families(`
military: defence defense security lethal weapons arms
humanitarian: relief food
economic: financial budgetary macro-financial non-military civilian
wounded: injured
dead: killed
`);

/**
 * The same, beside a count: civilians are set apart from soldiers, not civilian aid from military
 * aid ("civilian casualties" are no economic ones).
 */
export const COUNTED_MODIFIERS: ReadonlyMap<string, string> = new Map([
  ...CONTRASTING_MODIFIERS,
  ['civilian', 'civilian'],
]);

/**
 * What is traded or produced, read only in the figure's own phrase ("10% of the world's wheat
 * exports"): the words before a figure in a list name the item before it ("13% of barley exports,
 * 10% of wheat exports").
 */
export const COMMODITY_MODIFIERS = families(`
wheat: wheat
corn: corn maize
barley: barley
sunflower: sunflower
oil: oil crude petroleum
gas: gas lng
coal: coal
goods: goods
fertilizer: fertilizer fertiliser fertilizers
electricity: electricity
`);

/** Events a count or share is of, by family: soldiers massed are not soldiers killed. */
export const EVENT_FAMILIES = families(`
killed: kill kills killing dead died die dies death deaths perished slain fatalities eliminated
wounded: wound wounds wounding injured injure injures injuring injuries hurt
casualties: casualty losses
massed: mass amassed amass amassing gathered gather gathering concentrated concentrate deployed deploy deploying stationed assembled assembly accumulated buildup build-up positioned arranged border borders
inhabited: home live lived living inhabit inhabited reside resided population populated
control: controls controlled controlling occupy occupies occupied occupying hold holds held holding seized
trained: train training trains
fled: flee fleeing flees crossed cross crossing displaced left
evacuated: evacuate evacuates evacuating evacuation evacuations evacuees
captured: capture prisoners prisoner detained arrested
missing: missing disappeared unaccounted
sanctioned: sanction sanctions blacklisted designated
fired: fire launched launch struck
intercepted: intercept downed
destroyed: destroy destroys razed damaged damage ruined demolished flattened
imported: imports import importing bought buys buy comes came receive receives received
exported: exports export exporting sells sold
support: supports supported oppose opposes opposed approve approves back backs favour favor polled respondents
`);

/**
 * The places a strike hits, as the light stems of a figure's subject terms (claim-subjects.ts
 * `stem`: "shops" → "shop", "theatre" → "theatr"): the site names the strike, so the dead of a
 * station and of a mall are two events. Keys are matched like the words, so each is itself a light
 * stem. Hospitals are left out (a maternity ward is not): the wounded are taken to one from wherever
 * they were hit.
 */
export const STRUCK_SITES = families(`
station: railway
mall: shopp shop supermarket
maternity: maternity
school: kindergarten university
theatr: theater
market: bazaar
residential: apartment dormitory
restaurant: hotel cafe caf
church: cathedral
prison: colony
airfield: airport airbas
`);

/** Words that make a figure a change of something rather than its level. */
export const CHANGE_WORDS: ReadonlySet<string> = new Set(
  `increase increased increases increasing rise rose risen rises rising fall fell fallen falls falling drop dropped drops
decline declined declines reduce reduced reduces reduction cut cuts grow grew grown growth jump jumped jumps surge surged
surges plunge plunged plunges boost boosted raise raised shrink shrank slump slumped climb climbed soar soared hike hiked
up down higher lower more less gain gained loss`.split(/\s+/),
);

/** Words after a figure that make it a rate: "a day", "per year", "every 120 days", "annually". */
export const PERIODS: ReadonlyMap<string, string> = new Map([
  ['day', 'day'],
  ['days', 'day'],
  ['daily', 'day'],
  ['night', 'day'],
  ['nightly', 'day'],
  ['week', 'week'],
  ['weeks', 'week'],
  ['weekly', 'week'],
  ['month', 'month'],
  ['months', 'month'],
  ['monthly', 'month'],
  ['year', 'year'],
  ['years', 'year'],
  ['annually', 'year'],
  ['annual', 'year'],
  ['yearly', 'year'],
  ['annum', 'year'],
  ['hour', 'hour'],
  ['hours', 'hour'],
  ['hourly', 'hour'],
]);
export const RATE_LEADS: ReadonlySet<string> = new Set(['a', 'an', 'per', 'each', 'every']);

/** Words before a figure in its clause that make it a plan or a possibility, not a fact. */
export const PLAN_WORDS: ReadonlySet<string> = new Set(
  `could would might may will shall should plan plans planned planning propose proposes proposed proposal proposals
intend intends intended want wants wanted seek seeks sought aim aims aimed hope hopes if unless consider considers
considering request requests requested ask asks asking asked offer offers offered promise promises promised threaten
threatens threatened vote urge urges urged urging demand demands demanded requesting proposing seeking intending
aiming hoping offering promising threatening demanding asking`.split(/\s+/),
);

/** Words that make a figure a forecast or projection. */
export const FORECAST_WORDS: ReadonlySet<string> = new Set(
  `forecast forecasts forecasted projected projection projections predict predicts predicted expected expects expect
likely outlook estimate estimates`.split(/\s+/),
);

/** What a calibre in millimetres names: "155 mm shells", "a 120mm mortar". */
export const CALIBRE_NOUNS: ReadonlySet<string> = new Set(
  `shell shells round rounds ammunition munition munitions artillery howitzer howitzers gun guns cannon cannons mortar
mortars rocket rockets projectile projectiles calibre caliber precision-guided`.split(/\s+/),
);

/** What a share of belief says: "100 percent sure" is how sure a speaker is, not a measure of anything told. */
export const CERTAINTY_WORDS: ReadonlySet<string> = new Set('sure certain confident convinced'.split(' '));

/**
 * Words that make a figure news of its own day: "a new $700m package", "an additional $713m",
 * "another 10,000 troops". What they tell of is announced when the article is written.
 */
export const FRESH_WORDS: ReadonlySet<string> = new Set([
  'new',
  'fresh',
  'additional',
  'another',
  'further',
  'latest',
  'extra',
]);

/** The forms of "be": before a participle, a passive ("has been given", "were assessed at"). */
export const BE_FORMS: ReadonlySet<string> = new Set('is are was were been being be'.split(' '));

/** Words that tell of what a figure measures as lately done: "the US recently announced". */
export const RECENT_WORDS: ReadonlySet<string> = new Set(['recently', 'lately']);

/** Words of the phrases that make a figure a running total: "so far", "to date", "thus far", "cumulative". */
export const CUMULATIVE_WORDS: ReadonlySet<string> = new Set(['far', 'date', 'cumulative', 'cumulatively', 'running']);

/** Words that, after a comma, open a clause of its own: the figure's clause ends there. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  `which who whom whose where when while whereas although though but and or as after before because including alongside
with without despite amid during plus according since unlike compared than so yet nor if unless`.split(/\s+/),
);

/** Prepositions after which a place is where something is, not who holds or does it. */
export const LOCATIVE_WORDS: ReadonlySet<string> = new Set(
  `in at near on across around inside outside throughout within into to toward towards over along between against with
from of for through off beyond behind under close`.split(/\s+/),
);

/** "10% higher", "20% more gas": a comparative says how a figure compares, not what it measures. */
export const COMPARATIVES: ReadonlySet<string> = new Set(
  `higher lower more less greater fewer bigger smaller larger cheaper dearer costlier stronger weaker faster slower
longer shorter`.split(/\s+/),
);

/** Words that end the noun phrase of what is measured: function words and common verbs. */
export const PHRASE_ENDERS: ReadonlySet<string> = new Set(
  `a an the this that these those it its their his her our your my they he she we you i is are was were be been being has
have had will would could should may might can do does did and or but not no as than then so to for from by with at on
in into of over under about after before since during while which who whom whose what when where why how said says say
according including against between near also just only still even up down out off again there here across along
through toward towards behind beyond inside outside within around past beneath below above upon via amid among
throughout onto away per every`.split(/\s+/),
);

/**
 * What follows a distance from somewhere, past a conversion in brackets: "7 miles (12 kilometers)
 * away", "60 kilometers west of the front lines", "30 km from the front"; not "300 miles of
 * frontline" or "a 300-mile eastern front". Bounded: it reads a few words after the figure only.
 */
export const DISTANCE_FROM =
  /^(?:\s*[([][^)\]]{0,40}[)\]])?[\s,]*(?:away|from|behind|beyond|off|(?:to the\s+)?(?:north|south|east|west)\S{0,6}\s+of)\b/i;
export const DISTANCE_FROM_REACH = 80;

/**
 * Past tenses that do not end in "-ed": like "-ed" after a noun, they end the phrase of what is
 * measured ("50 mm of rain fell", "20,000 people fled"). None is a noun news measures by.
 */
export const IRREGULAR_PASTS: ReadonlySet<string> = new Set(
  `fell rose fled flew grew sank shrank struck stood came went took gave made sent spent lost fought held kept
brought bought built caught began broke drove ran rang sold told met paid shot slid swept threw wrote`.split(/\s+/),
);

/** Actors that stand for a country: its institutions, leaders' seats, and the capital as metonym. */
export const ACTOR_COUNTRIES: ReadonlyMap<string, string> = new Map([
  ['kremlin', 'RU'],
  ['moscow', 'RU'],
  ['putin', 'RU'],
  ['duma', 'RU'],
  ['kyiv', 'UA'],
  ['kiev', 'UA'],
  ['zelensky', 'UA'],
  ['zelenskyy', 'UA'],
  ['zelenskiy', 'UA'],
  ['rada', 'UA'],
  ['washington', 'US'],
  ['pentagon', 'US'],
  ['congress', 'US'],
  ['biden', 'US'],
  ['white house', 'US'],
  ['trump', 'US'],
  ['london', 'GB'],
  ['whitehall', 'GB'],
  ['downing', 'GB'],
  ['berlin', 'DE'],
  ['bundestag', 'DE'],
  ['scholz', 'DE'],
  ['paris', 'FR'],
  ['macron', 'FR'],
  ['warsaw', 'PL'],
  ['minsk', 'BY'],
  ['lukashenko', 'BY'],
  ['beijing', 'CN'],
  ['tokyo', 'JP'],
  ['ankara', 'TR'],
  ['tehran', 'IR'],
  ['nato', 'NATO'],
  ['eu', 'EU'],
  ['european union', 'EU'],
  ['brussels', 'EU'],
  ['un', 'UN'],
  ['united nations', 'UN'],
  ['imf', 'IMF'],
  ['world bank', 'WB'],
  ['g7', 'G7'],
]);

/**
 * An institution a clause names by its kind alone gives what it measures, and is none of the
 * countries: "The bank has sent almost $1bn of assistance to Ukraine" is not the US's $2.5 billion.
 * Read only before a verb of giving, as "the bank" or "the fund", and held as UNNAMED_GIVER and the noun.
 */
export const GIVING_INSTITUTIONS: ReadonlySet<string> = new Set(
  'bank fund agency commission organisation organization charity foundation company firm lender'.split(' '),
);
export const GIVING_VERBS: ReadonlySet<string> = new Set(
  'sent given gave provided pledged committed allocated disbursed approved lent loaned granted donated sends gives provides pledges commits allocates disburses approves lends'.split(
    ' ',
  ),
);
/**
 * Verbs whose object is who receives: "providing Ukraine with $800m", "sent Kyiv $1bn". Not "armed"
 * or "equipped", which are said of units too ("armed Russian units"), nor "given" ("given Russia has massed").
 */
export const VERBS_OF_A_RECEIVER: ReadonlySet<string> = new Set(
  'provide provides providing provided supply supplies supplying supplied give gives giving gave send sends sending sent offer offers offering offered grant grants granting granted lend lends lending lent'.split(
    ' ',
  ),
);
export const UNNAMED_GIVER = '~';

/** Demonyms of the countries news of the war names most, as their country; others stand for themselves. */
export const DEMONYM_COUNTRIES: ReadonlyMap<string, string> = new Map([
  ['russian', 'RU'],
  ['ukrainian', 'UA'],
  ['american', 'US'],
  ['british', 'GB'],
  ['english', 'GB'],
  ['french', 'FR'],
  ['german', 'DE'],
  ['polish', 'PL'],
  ['belarusian', 'BY'],
  ['belarussian', 'BY'],
  ['chinese', 'CN'],
  ['japanese', 'JP'],
  ['turkish', 'TR'],
  ['iranian', 'IR'],
  ['israeli', 'IL'],
  ['italian', 'IT'],
  ['spanish', 'ES'],
  ['dutch', 'NL'],
  ['swedish', 'SE'],
  ['finnish', 'FI'],
  ['norwegian', 'NO'],
  ['danish', 'DK'],
  ['estonian', 'EE'],
  ['latvian', 'LV'],
  ['lithuanian', 'LT'],
  ['moldovan', 'MD'],
  ['romanian', 'RO'],
  ['hungarian', 'HU'],
  ['czech', 'CZ'],
  ['slovak', 'SK'],
  ['canadian', 'CA'],
  ['australian', 'AU'],
  ['indian', 'IN'],
  ['korean', 'KR'],
  ['syrian', 'SY'],
  ['egyptian', 'EG'],
  ['soviet', 'RU'],
  ['european', 'EU'],
  // Peoples whose plural is no adjective's: "Finns are looking at their 1,340km border".
  ['finns', 'FI'],
  ['swedes', 'SE'],
  ['danes', 'DK'],
  ['poles', 'PL'],
  ['brits', 'GB'],
  ['scots', 'GB'],
  ['serbs', 'RS'],
  ['croats', 'HR'],
  ['czechs', 'CZ'],
  ['slovaks', 'SK'],
  ['turks', 'TR'],
  ['greeks', 'GR'],
]);

/** The recipient of a sum shared among many ("to Ukraine and 15 other governments"): no country's own. */
export const MANY_OTHERS = 'others';
