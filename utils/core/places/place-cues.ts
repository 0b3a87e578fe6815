/**
 * The words around a name that say what it names: cues of place ("in", "the city of", "region"),
 * of people ("President", a first name), of organisations ("Oxford University", "Voice of America")
 * and of a place's own offices ("Kharkiv Mayor"). Data for place-rules.ts and the resolver.
 */
import { MONTH_AND_DAY_NAMES } from '../calendar-words';

// A name preceded by one of these is a place rather than a person or an organization.
export const LOCATIVE_BEFORE =
  /\b(in|near|at|from|to|outside|around|into|toward|towards|across|through|between|via|of|village|town|city|settlement|region|province|state|county)\s+(the\s+)?$/;
// Stricter, for words the gazetteer does not know: "leader of Ennahda" says nothing of place.
export const PLACE_PREPOSITION_BEFORE = /\b(in|near|outside|around)\s+$/;
// "an Azov company commander", "the Wagner group": a name used to label a unit or an organization.
export const ARTICLE_A_BEFORE = /\b(a|an)\s+$/;
export const UNIT_AFTER =
  /^\s+(battalion|brigade|regiment|company|unit|group|fighters|militia|division|commander|corps)\b/;
export const REGION_AFTER = /^\s+(regions?|oblasts?|provinces?|governorates?|state|territory|prefectures?|krai)\b/;
// A republic proclaimed in a region's name claims the region, not its capital: "the Donetsk People's
// Republic", "the Donetsk and Luhansk People's Republics" (the second name; the first has too few
// words after it in view to tell).
const PEOPLES_REPUBLIC_AFTER = /^\s+people['’]?s\s+republics?\b/;
export const isPeoplesRepublic = (candidate: { textAfter: string }) => PEOPLES_REPUBLIC_AFTER.test(candidate.textAfter);
// The first of two regions named before one plural: "the Luhansk and Donetsk regions".
export const REGION_PAIR_AFTER = /^\s+and\s+[\p{L}'’-]+\s+(?:regions|oblasts|provinces)\b/u;
// A state's offices after its name make it the state: "New York Gov. Andrew Cuomo", "the Ohio Legislature".
export const STATE_OFFICE_AFTER =
  /^\s+(gov\b|governor|legislature|lt\.? gov|attorney general|state senate|state house|assembly)/;
// A name that heads an institution's, a paper's or a pipeline's name is part of that name: "Kyiv School of
// Economics", "Oxford University", "the Boston Globe", "Nord Stream", "Chatham House"; a building's too: "Buckingham Palace";
// a scholarship's, named for its founder: "a Rhodes Scholar".
export const INSTITUTION_AFTER =
  /^(School|University|College|Institute|Institution|Foundation|Academy|Times|Post|Globe|Herald|Tribune|Journal|Gazette|Daily|Press|Airlines|Airways|Bank|Club|United|FC|Stream|Pipeline|House|Palace|Hall|Cathedral|Stadium|Scholar|Scholars|Scholarship)$/;
// Words that make a place's longer name, a building's or an office's after it, not a surname after a
// first name: "Jordan River", "Chester Zoo", "Sydney Harbour", "Lincoln Memorial".
export const PLACE_WORD_AFTER =
  /^(City|County|Parish|Township|Borough|State|Republic|Kingdom|Union|Party|Government|Parliament|Army|Navy|Guard|Tech|River|Valley|Lake|Bay|Island|Islands|Street|Avenue|Road|Square|Park|Station|Airport|Harbour|Harbor|Beach|Falls|Hills|Heights|Springs|Creek|Coast|Peninsula|Canyon|Mountains|Mountain|Sea|Gulf|Strait|Canal|Region|Province|Oblast|District|Area|Metro|Memorial|Zoo|Oval|Arena|Centre|Center|Bridge|Tower|Castle|Hospital|Museum|Library|Gardens|Market|Mall|Cove|Point|Port|Downs|Wood|Woods|Forest)$/;
// Words after a place's name in a dateline or a sentence that no surname is: "Marion Tuesday", "Ohio Gov.".
export const NOT_A_SURNAME = new RegExp(
  `^(Gov|Governor|Lt|Sen|Rep|${MONTH_AND_DAY_NAMES.map((name) => name[0]!.toUpperCase() + name.slice(1)).join('|')})\\.?$`,
);
// A place's own offices after its name keep it the place: "Kharkiv Mayor Ihor Terekhov", "the Boise
// Police Department", "Metcalfe County Sheriff's Office" (a reader wants it highlighted: it is the place).
export const LOCAL_OFFICE =
  /^(Mayor|Police|Sheriff|Fire|Coroner|Council|Commission|Commissioners|Jail|Courthouse|Prosecutor|Clerk|Officials|Authorities)$/;
// A public broadcaster's station or service is named for the place it is of, in the broadcaster's
// own countries: "CTV Winnipeg", "BBC Scotland" ("ITV Granada" and "BBC Alba" are channels).
export const BROADCASTER_COUNTRIES: ReadonlyMap<string, readonly string[]> = new Map([
  ['BBC', ['GB']],
  ['ITV', ['GB']],
  ['CBC', ['CA']],
  ['CTV', ['CA']],
  ['RTÉ', ['IE']],
  ['RTE', ['IE']],
  ['ABC', ['US', 'AU']],
]);
export const ORGANISATION_OF_BEFORE =
  /\b(Corporation|Corp\.|Company|Co\.|Voice|Association|Society|Federation|League|Medal)\s+of\s+(the\s+)?$/i;
// What only a company has after its name, so that the name is the company's wherever the article
// writes it: "Amazon founder Jeff Bezos", "Google Inc.". "Amazon-owned" says so only of a name read
// by another name of a place (Amazonas): a city owns too ("Dubai-owned DP World").
export const COMPANY_AFTER = /^\s+(?:co-?founder|founder|ceo|inc\b|corp\b|shareholders\b)/;
export const OWNER_AFTER = /^-owned\b/;
export const DATELINE_AFTER = /^\s*(,|\(|—|–|-)/;
// A wire story's credit or dash after its dateline: "WASHINGTON (AP) —", "BERLIN —", "KYIV, Ukraine (Reuters) -".
export const WIRE_CREDIT_AFTER =
  /^(?:,\s[a-z][a-z. ]{1,20})?\s*(?:\((?:ap|reuters|afp|upi|cnn|app|dpa|xinhua|ians|pti)\)|[—–]|\s-\s)/;

/** A name in capitals before a wire story's credit or dash: "NEW YORK (Reuters) -", "BERLIN —". */
export const isWrittenAsDateline = (surface: string, textAfter: string) =>
  /\p{Lu}{3}/u.test(surface) && surface === surface.toUpperCase() && WIRE_CREDIT_AFTER.test(textAfter);
export const OFFICE_OF_BEFORE = /\b(department|ministry|secretary|minister|office)\s+of\s+$/;
// "Across the Dnipro", "the Dnipro, which": a river's name after "the", where what follows is no noun
// it could name ("the Dnipro region", "the Dnipro missile strike" are the city's): punctuation, the
// end, "river", or a word that joins or acts.
export const THE_BEFORE = /\bthe\s+$/;
export const RIVER_WORD_AFTER =
  /^(?:[,.;:!?)]|\s*$|\s+(?:river|banks?|delta|valley|estuary|and|or|but|in|near|at|to|from|on|into|across|along|over|under|by|with|was|were|is|are|has|have|had|will|would|could|flows?|flowed|runs?|which|where|that|itself)\b)/;
export const DISTRICT_AFTER = /^\s+(county|district|raion)\b/;
export const CITY_BEFORE = /\b(city|town|village|settlement)\s+of\s+$/;
export const CITY_AFTER = /^\s+(city|town|village)\b/;
// Capitalized words that may stand before a place name without making it part of another name.
export const MODIFIERS = new Set([
  'Northern',
  'Southern',
  'Eastern',
  'Western',
  'Central',
  'North',
  'South',
  'East',
  'West',
  'Upper',
  'Lower',
  'Greater',
  'Downtown',
  'Rural',
  'Metro',
  'Occupied',
  'Coastal',
  'Northeast',
  'Northwest',
  'Southeast',
  'Southwest',
]);
// Capitalized words that are not names at a sentence's start, or are names of something else: institutions,
// and universities named for towns they are not in ("an economist at Harvard" is not Harvard, Illinois);
// "Wagner", the mercenary group in news of the war, not a village in South Dakota; "Nordic", an adjective;
// months written short ("Nov. 5", not Nov in Tajikistan); leaders' surnames ("Obama said", not Obama, Japan);
// "Java", the programming language or the island, never the Georgian village that is its only reading here.
export const NOT_PLACES = new Set([
  ...MONTH_AND_DAY_NAMES,
  ...`god christmas easter north south east west northern southern eastern western central
congress senate parliament council court center centre college university academy church union
harvard yale princeton stanford cornell dartmouth vanderbilt purdue rutgers
nato opec unesco unicef nasa fifa uefa interpol europol stalin obama merkel hamas hezbollah wagner earth moon mars nordic java`.split(
    /\s+/,
  ),
]);
export const NUMBER_WORDS = new Set(
  `two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion`.split(/\s+/),
);
export const CONTRACTION = /['’](ll|ve|re|d|m)$|n['’]t$/;
// Titles before a name make it a person's, however big the place of that name ("President Jordan").
export const TITLE_BEFORE =
  /^(Mr|Mrs|Ms|Dr|Sir|Lord|Lady|President|Gen|General|Sen|Senator|Rep|Gov|Governor|Judge|Justice|Officer|Sgt|Capt|Captain|Col|Lt|King|Queen|Prince|Princess|Pope|Saint|St|Rev|Prof|Minister|Chancellor|Mayor|Coach)\.?$/;
// Disease names keep the place they were named after: "West Nile virus", "Marburg virus", "Rift Valley fever".
export const DISEASE_AFTER = /^[\s-]+(virus|fever|flu|disease|strain|ebolavirus|variant)\b/;
