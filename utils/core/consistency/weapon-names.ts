/**
 * A weapon's range is of that weapon: two ranges of one value are most often two weapons of one
 * class ("M270 ... a range of 300 kilometers" and the ATACMS's "range of 190 miles"). They are
 * compared only where both sentences name one weapon in common: a designation with digits
 * ("M270", "S-400", "Kh-101"), a name in capitals ("HIMARS", "ATACMS"), or a capitalized name
 * right before a weapon's noun ("Iskander missiles", "Harpoon anti-ship missiles").
 */
const DESIGNATION = /\b(?:[A-Z][A-Za-z]{0,4}-?\d{1,4}[A-Za-z]{0,3}|\d[A-Z]\d{1,3}|[A-Z]{4,8}[Ss]?)\b/g;
const NAMED_WEAPON =
  /\b([A-Z][a-z]{2,20}?)s?(?:\s+(?:cruise|ballistic|hypersonic|anti-ship|anti-tank|anti-aircraft|air-defen[cs]e|surface-to-air))?\s+(?:missiles?|rockets?|systems?|launchers?|howitzers?|drones?)\b/g;
// Capitals that name bodies or news agencies, not weapons.
const NOT_WEAPONS: ReadonlySet<string> = new Set([
  'NATO',
  'NASA',
  'OPEC',
  'UNHCR',
  'UNICEF',
  'OSCE',
  'IAEA',
  'USSR',
  'RUSI',
  'TASS',
  'AFP',
  'KYIV',
  'KIEV',
  'MOSCOW',
  'LONDON',
  'WASHINGTON',
]);
// Words capitalized to open a sentence, numbers, and whose weapons they are ("Russian missiles",
// "American rockets", "Western systems"), not which.
const NOT_NAMES: ReadonlySet<string> = new Set(
  'The These Those Its Their Our His Her Such Some Many Most Both Other New Short Long Medium Two Three Four Five Six Ten'.split(
    ' ',
  ),
);
const PEOPLE = /(?:an|ese|ish|ern)$/;
// Bounds the patterns' work on an untrusted sentence.
const MAX_SENTENCE = 2_000;

function weaponNames(sentence: string): Set<string> {
  const text = sentence.slice(0, MAX_SENTENCE);
  const names = new Set<string>();
  for (const [name] of text.matchAll(DESIGNATION)) {
    // "ATACMs" is "ATACMS"; "S-400" is "S400".
    const folded = name.replace('-', '').toUpperCase();
    if (!NOT_WEAPONS.has(folded)) names.add(folded);
  }
  for (const [, name] of text.matchAll(NAMED_WEAPON))
    if (!NOT_NAMES.has(name!) && !PEOPLE.test(name!)) names.add(name!.toUpperCase());
  return names;
}

/** Whether two sentences name a weapon in common. */
export function nameOneWeapon(a: string, b: string): boolean {
  const theirs = weaponNames(b);
  return [...weaponNames(a)].some((name) => theirs.has(name));
}
