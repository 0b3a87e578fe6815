/**
 * The units a figure can carry, as data: each unit's code, what it measures, its factor to that
 * measure's base unit (so 56 miles and 90 km compare), and the ways articles write it. Lookup is by
 * whole tokens, longest phrase first, so "square kilometres" wins over "kilometres".
 */

export type Measure =
  | 'percent'
  | 'length'
  | 'area'
  | 'weight'
  | 'volume'
  | 'speed'
  | 'information'
  | 'angle'
  | 'temperature'
  | 'duration'
  | 'money';

export interface UnitDefinition {
  code: string;
  measure: Measure;
  /** Multiply by this to get the measure's base unit (km, km², kg, l, km/h, bit, degree, day). Money keeps its currency. */
  factor: number;
}

interface UnitEntry extends UnitDefinition {
  phrases: string[];
  /** Written exactly so ("MB" is a megabyte, "mb" a megabit; "M" is a million, "m" a metre). */
  exact?: string[];
}

const u = (code: string, measure: Measure, factor: number, phrases: string[], exact: string[] = []): UnitEntry => ({
  code,
  measure,
  factor,
  phrases,
  exact,
});

const UNITS: UnitEntry[] = [
  u('%', 'percent', 1, ['%', 'percent', 'per cent', 'percents', 'percentage', 'pct']),
  u('pp', 'percent', 1, ['percentage point', 'percentage points', 'points percentage']),
  // Length, base km.
  u('km', 'length', 1, ['km', 'kms', 'kilometer', 'kilometers', 'kilometre', 'kilometres']),
  u('m', 'length', 1e-3, ['meter', 'meters', 'metre', 'metres', 'm', 'mtr'], ['m']),
  u('dm', 'length', 1e-4, ['dm', 'decimeter', 'decimeters', 'decimetre', 'decimetres']),
  u('cm', 'length', 1e-5, ['cm', 'centimeter', 'centimeters', 'centimetre', 'centimetres']),
  u('mm', 'length', 1e-6, ['mm', 'millimeter', 'millimeters', 'millimetre', 'millimetres']),
  u('pm', 'length', 1e-15, ['picometer', 'picometers', 'picometre', 'picometres']),
  u('mi', 'length', 1.609344, ['mile', 'miles', 'mi']),
  u('nmi', 'length', 1.852, ['nautical mile', 'nautical miles', 'nmi']),
  u('ft', 'length', 0.0003048, ['foot', 'feet', 'ft']),
  u('in', 'length', 0.0000254, ['inch', 'inches', 'in', '"'], ['in']),
  u('yd', 'length', 0.0009144, ['yard', 'yards', 'yd', 'yds']),
  // Area, base km².
  u('km2', 'area', 1, [
    'km2',
    'km²',
    'sq km',
    'square kilometer',
    'square kilometers',
    'square kilometre',
    'square kilometres',
    'sq kilometers',
  ]),
  u('m2', 'area', 1e-6, ['m2', 'm²', 'sq m', 'square meter', 'square meters', 'square metre', 'square metres']),
  u('mi2', 'area', 2.589988, ['sq mi', 'square mile', 'square miles']),
  u('ft2', 'area', 9.290304e-8, ['sq ft', 'square foot', 'square feet']),
  u('ha', 'area', 0.01, ['ha', 'hectare', 'hectares']),
  u('acre', 'area', 0.004046856, ['acre', 'acres']),
  // Weight, base kg.
  u(
    't',
    'weight',
    1000,
    ['t', 'ton', 'tons', 'tonne', 'tonnes', 'metric ton', 'metric tons', 'metric tonne', 'metric tonnes'],
    ['t'],
  ),
  u('kg', 'weight', 1, ['kg', 'kgs', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes', 'kilo', 'kilos']),
  u('g', 'weight', 1e-3, ['g', 'gram', 'grams', 'gramme', 'grammes'], ['g']),
  u('mg', 'weight', 1e-6, ['mg', 'milligram', 'milligrams', 'milligramme', 'milligrammes']),
  u('µg', 'weight', 1e-9, ['µg', 'μg', 'mcg', 'microgram', 'micrograms', 'microgramme', 'microgrammes']),
  u('lb', 'weight', 0.45359237, ['lb', 'lbs', 'pound', 'pounds']),
  u('oz', 'weight', 0.028349523, ['oz', 'ounce', 'ounces']),
  u('dram', 'weight', 0.0017718452, ['dram', 'drams', 'drachma', 'drachmas']),
  // Volume, base litre.
  u('l', 'volume', 1, ['l', 'liter', 'liters', 'litre', 'litres'], ['l', 'L']),
  u('ml', 'volume', 1e-3, ['ml', 'milliliter', 'milliliters', 'millilitre', 'millilitres']),
  u('m3', 'volume', 1000, ['m3', 'm³', 'cubic meter', 'cubic meters', 'cubic metre', 'cubic metres']),
  u('ft3', 'volume', 28.316847, ['cubic foot', 'cubic feet', 'cu ft']),
  u('gal', 'volume', 3.785411784, ['gallon', 'gallons', 'gal']),
  u('bbl', 'volume', 158.987295, ['barrel', 'barrels', 'bbl']),
  u('cup', 'volume', 0.2365882, ['cup', 'cups']),
  u('tbsp', 'volume', 0.0147868, ['tablespoon', 'tablespoons', 'tbsp']),
  u('tsp', 'volume', 0.00492892, ['teaspoon', 'teaspoons', 'tsp']),
  // Speed, base km/h.
  u('km/h', 'speed', 1, [
    'km/h',
    'km/hr',
    'kph',
    'kmph',
    'kilometers per hour',
    'kilometres per hour',
    'kilometers an hour',
    'kilometres an hour',
    'kilometer per hour',
    'kilometre per hour',
    'km per hour',
    'kms per hour',
    'km an hour',
  ]),
  u('mph', 'speed', 1.609344, ['mph', 'miles per hour', 'miles an hour', 'mile per hour', 'mile an hour']),
  u('m/s', 'speed', 3.6, ['m/s', 'meters per second', 'metres per second']),
  u('kn', 'speed', 1.852, ['knot', 'knots']),
  // Information, base bit.
  u('bit', 'information', 1, ['bit', 'bits']),
  u('B', 'information', 8, ['byte', 'bytes']),
  u('Mb', 'information', 1e6, ['megabit', 'megabits', 'mb', 'mbit'], ['mb', 'Mb']),
  u('MB', 'information', 8e6, ['megabyte', 'megabytes', 'MB'], ['MB']),
  u('GB', 'information', 8e9, ['gigabyte', 'gigabytes', 'gb', 'GB']),
  u('TB', 'information', 8e12, ['terabyte', 'terabytes', 'tb', 'TB']),
  // Angle, base degree. "Degrees" alone is, in the news, a temperature more often than an angle.
  u('°', 'temperature', 1, ['degree', 'degrees', '°']),
  u('rad', 'angle', 57.29578, ['rad', 'radian', 'radians']),
  u('turn', 'angle', 360, ['turn', 'turns']),
  u('°C', 'temperature', 1, [
    '°c',
    'degrees celsius',
    'degree celsius',
    'celsius',
    'deg c',
    'degrees c',
    '° celsius',
    'centigrade',
    'degrees centigrade',
  ]),
  u('°F', 'temperature', 1, [
    '°f',
    'degrees fahrenheit',
    'degree fahrenheit',
    'fahrenheit',
    'deg f',
    'degrees f',
    '° fahrenheit',
  ]),
  // Durations, base day.
  u('s', 'duration', 1 / 86400, ['second', 'seconds', 'sec', 'secs']),
  u('min', 'duration', 1 / 1440, ['minute', 'minutes', 'mins']),
  u('h', 'duration', 1 / 24, ['hour', 'hours', 'hrs']),
  u('day', 'duration', 1, ['day', 'days']),
  u('week', 'duration', 7, ['week', 'weeks']),
  u('month', 'duration', 30.44, ['month', 'months']),
  u('year', 'duration', 365.25, ['year', 'years', 'yr', 'yrs']),
  u('decade', 'duration', 3652.5, ['decade', 'decades']),
  u('century', 'duration', 36525, ['century', 'centuries']),
];

/** Currencies: names after the figure ("320 million euros") and symbols or codes before it ("US$ 150 million"). */
const CURRENCIES: { code: string; after: string[]; before: string[] }[] = [
  {
    code: 'USD',
    after: ['dollar', 'dollars', 'usd', 'us dollar', 'us dollars', 'u.s. dollars', 'american dollars', 'bucks'],
    before: ['$', 'us $', 'us$', 'u.s. $', 'u.s $', 'usd', 'usd $', 'usd$', 'dollar'],
  },
  { code: 'USc', after: ['cent', 'cents', '¢'], before: [] },
  {
    code: 'CAD',
    after: ['canadian dollar', 'canadian dollars', 'cad'],
    before: ['c $', 'c$', 'ca$', 'cad', 'cad $', 'cad$'],
  },
  {
    code: 'AUD',
    after: ['australian dollar', 'australian dollars', 'aud'],
    before: ['au$', 'au $', 'aud', 'aud $', 'aud$'],
  },
  { code: 'HKD', after: ['hong kong dollar', 'hong kong dollars', 'hkd'], before: ['hk $', 'hk$', 'hkd'] },
  {
    code: 'NZD',
    after: ['new zealand dollar', 'new zealand dollars', 'nzd'],
    before: ['nz $', 'nz$', 'nzd', 'nzd $', 'nzd$'],
  },
  { code: 'MXN', after: ['mexican peso', 'mexican pesos', 'mxn'], before: ['mex $', 'mex$', 'mxn', 'mxn $', 'mxn$'] },
  { code: 'EUR', after: ['euro', 'euros', 'eur', '€'], before: ['€', 'eur', 'euro'] },
  {
    code: 'GBP',
    after: ['pound sterling', 'pounds sterling', 'british pound', 'british pounds', 'gbp', 'quid', '£'],
    before: ['£', 'gbp', 'stg'],
  },
  { code: 'GBp', after: ['pence', 'penny', 'p'], before: [] },
  { code: 'JPY', after: ['yen', 'japanese yen', 'jpy'], before: ['¥', 'jpy'] },
  { code: 'CNY', after: ['yuan', 'chinese yuan', 'renminbi', 'rmb', 'cny', '元'], before: ['rmb', 'cny'] },
  { code: 'RUB', after: ['rouble', 'roubles', 'ruble', 'rubles', 'rub', '₽'], before: ['₽', 'rub'] },
  { code: 'UAH', after: ['hryvnia', 'hryvnias', 'hryvnas', 'hryvnya', 'uah', '₴'], before: ['₴', 'uah'] },
  { code: 'INR', after: ['rupee', 'rupees', 'inr', 'indian rupees', '₹'], before: ['₹', 'rs', 'inr'] },
  { code: 'LKR', after: ['sri lankan rupee', 'sri lankan rupees', 'lkr', 'ரூ'], before: ['lkr'] },
  { code: 'CHF', after: ['swiss franc', 'swiss francs', 'chf'], before: ['chf'] },
  { code: 'FRF', after: ['franc', 'francs', 'french francs'], before: [] },
  { code: 'TRY', after: ['turkish lira', 'turkish liras', 'lira', 'liras', 'try', '₺'], before: ['₺'] },
  { code: 'FIM', after: ['finnish markka', 'markka', 'markkaa'], before: [] },
  { code: 'ESP', after: ['peseta', 'pesetas'], before: [] },
  { code: 'NLG', after: ['guilder', 'guilders', 'dutch guilder', 'dutch guilders'], before: [] },
  { code: 'CRC', after: ['₡', 'colón', 'colones'], before: ['₡'] },
  { code: 'GEL', after: ['₾', 'lari'], before: ['₾'] },
  { code: 'LAK', after: ['₭', 'kip'], before: ['₭'] },
  { code: 'MYR', after: ['ringgit'], before: ['sen', 'rm'] },
  { code: 'BTC', after: ['bitcoin', 'bitcoins', 'btc', '₿'], before: ['₿', 'btc'] },
  { code: 'sat', after: ['satoshi', 'satoshis'], before: [] },
  { code: 'PLN', after: ['zloty', 'zlotys', 'pln'], before: ['pln'] },
  { code: 'KRW', after: ['won', 'korean won', 'krw'], before: ['₩', 'krw'] },
];

/** Splits a stretch of text into the tokens unit phrases are written in: words ("km2" is one), digits, and single symbols. */
export const UNIT_TOKEN = /[\p{L}\p{M}]+(?:[23](?!\d))?(?:\.(?=\p{L}))?|\d+|[%"°²³$€£¥₴₽₹₡₾₭₺₿₩¢元/.]/gu;

interface Lookup {
  definitions: Map<string, UnitDefinition>;
  longest: number;
}

function buildLookup(entries: { phrases: string[]; exact?: string[]; definition: UnitDefinition }[]): Lookup {
  const definitions = new Map<string, UnitDefinition>();
  let longest = 1;
  for (const { phrases, exact = [], definition } of entries) {
    for (const phrase of phrases) {
      const tokens = phrase.match(UNIT_TOKEN) ?? [];
      const key = exact.includes(phrase) ? `=${tokens.join(' ')}` : tokens.join(' ').toLowerCase();
      longest = Math.max(longest, tokens.length);
      if (!definitions.has(key)) definitions.set(key, definition);
    }
    for (const written of exact) if (!phrases.includes(written)) definitions.set(`=${written}`, definition);
  }
  return { definitions, longest };
}

const money = (code: string): UnitDefinition => ({ code, measure: 'money', factor: 1 });

const UNITS_AFTER = buildLookup([
  ...UNITS.map(({ phrases, exact, ...definition }) => ({ phrases, exact, definition })),
  ...CURRENCIES.map(({ code, after }) => ({ phrases: after, definition: money(code) })),
]);
const CURRENCIES_BEFORE = buildLookup(
  CURRENCIES.map(({ code, before }) => ({ phrases: before, definition: money(code) })),
);

export interface UnitMatch {
  unit: UnitDefinition;
  /** How many tokens the unit took. */
  tokens: number;
}

function lookup(table: Lookup, tokens: readonly string[], fromEnd: boolean): UnitMatch | null {
  for (let length = Math.min(table.longest, tokens.length); length >= 1; length--) {
    const slice = fromEnd ? tokens.slice(tokens.length - length) : tokens.slice(0, length);
    const written = slice.join(' ');
    // A case-sensitive spelling ("m", "MB") is tried before the folded one; "M" after a number is a million, not a metre.
    const unit = table.definitions.get(`=${written}`) ?? table.definitions.get(written.toLowerCase());
    if (unit) return { unit, tokens: length };
  }
  return null;
}

/** The unit that the tokens after a figure start with, if any. */
export function unitAfter(tokens: readonly string[]): UnitMatch | null {
  return lookup(UNITS_AFTER, tokens, false);
}

/** The currency symbol or code that the tokens before a figure end with, if any. */
export function currencyBefore(tokens: readonly string[]): UnitMatch | null {
  return lookup(CURRENCIES_BEFORE, tokens, true);
}

/** The definition of a unit code, for conversions. */
export const UNIT_BY_CODE: ReadonlyMap<string, UnitDefinition> = new Map(
  [
    ...UNITS.map(({ code, measure, factor }) => ({ code, measure, factor })),
    ...CURRENCIES.map(({ code }) => money(code)),
  ].map((unit) => [unit.code, unit]),
);
