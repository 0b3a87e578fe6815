/**
 * A weapon's range is of that weapon: two ranges of one value are most often two weapons of one
 * class ("M270 ... a range of 300 kilometers" and the ATACMS's "range of 190 miles"). They are
 * compared only where both sentences name one weapon in common: a designation with digits
 * ("M270", "S-400", "Kh-101"), a name in capitals ("HIMARS", "ATACMS"), or a capitalized name
 * before a weapon's noun ("Iskander missiles", "Harpoon anti-ship missiles").
 */
import { DEMONYMS } from '../places/demonyms';

const DESIGNATION = /\b(?:[A-Z][A-Za-z]{0,4}-?\d{1,4}[A-Za-z]{0,3}|\d[A-Z]\d{1,3}|[A-Z]{4,8}s?)\b/g;
const NAMED_WEAPON =
  /\b([A-Z][a-z]{2,20}?)s?(?:\s+(?:cruise|ballistic|hypersonic|anti-ship|anti-tank|anti-aircraft|air-defen[cs]e|surface-to-air))?\s+(?:missiles?|rockets?|systems?|launchers?|howitzers?|drones?)\b/g;
// Capitals and designations that name classes of weapons, bodies, sources or an illness, not a weapon.
const NOT_WEAPONS: ReadonlySet<string> = new Set(
  `NATO NASA OPEC UNHCR UNICEF OSCE IAEA USSR RUSI CSIS IISS TASS ICBM SLBM IRBM SRBM MLRS UAV SAM COVID19 KYIV KIEV
  MOSCOW LONDON WASHINGTON`.split(/\s+/),
);
// Words capitalized to open a sentence, numbers and classes of weapons.
const NOT_NAMES: ReadonlySet<string> = new Set(
  `the these those its their our his her such some many most both other several new short long medium cruise
  ballistic hypersonic guided air rocket precision more army navy two three four five six seven eight nine ten dozens
  hundreds thousands`.split(/\s+/),
);
// Whose weapons they are ("Russian missiles", "Western rockets", "Iran drones"), not which.
const isPeople = (name: string) => DEMONYMS.has(name.toLowerCase()) || /(?:an|ese|ish|ern)$/.test(name);
// A dateline opening the sentence: "ODESA, Ukraine -", "KYIV (Reuters) -"; not "HIMARS, the
// US-made launchers" nor "NASAMS - the Norwegian system".
const DATELINE_AFTER =
  /^(?:,\s+[A-Z][\w.]{0,20}(?:\s+[A-Z][\w.]{0,20})?(?:\s*\([^)]{1,30}\))?|\s*\([^)]{1,30}\))\s*[-–—]/;
// Bounds the patterns' work on an untrusted sentence.
const MAX_SENTENCE = 2_000;

/** A name as both its forms, with and without a plural's "s": "ATACMs" and "ATACMS" meet, "F-16s" and "F-16". */
function forms(name: string): string[] {
  const folded = name.replace('-', '').toUpperCase();
  return /s$/i.test(name) ? [folded, folded.slice(0, -1)] : [folded];
}

function weaponNames(sentence: string): Set<string> {
  const text = sentence.slice(0, MAX_SENTENCE);
  const names = new Set<string>();
  for (const match of text.matchAll(DESIGNATION)) {
    const [name] = match;
    if (match.index === 0 && /^[A-Z]+$/.test(name) && DATELINE_AFTER.test(text.slice(name.length))) continue;
    const found = forms(name);
    if (!found.some((form) => NOT_WEAPONS.has(form))) for (const form of found) names.add(form);
  }
  for (const [, name] of text.matchAll(NAMED_WEAPON))
    if (!NOT_NAMES.has(name!.toLowerCase()) && !isPeople(name!)) names.add(name!.toUpperCase());
  return names;
}

/** Whether two sentences name a weapon in common. */
export function nameOneWeapon(a: string, b: string): boolean {
  const theirs = weaponNames(b);
  return [...weaponNames(a)].some((name) => theirs.has(name));
}
