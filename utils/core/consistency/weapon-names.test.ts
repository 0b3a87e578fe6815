import { describe, expect, it } from 'vitest';
import { nameOneWeapon } from './weapon-names';

describe('a weapon named in two sentences', () => {
  it('finds designations, names in capitals and names before a weapon’s noun', () => {
    const m270 = 'Biden ruled out donating M270 self-propelled missile systems, with a range of 300 kilometers.';
    expect(nameOneWeapon(m270, 'An M270 battery can hit targets up to 300km away.')).toBe(true);
    expect(nameOneWeapon('The S-400 has a range of 400 km.', 'Russia’s S400 systems reach 250 miles.')).toBe(true);
    expect(nameOneWeapon('HIMARS rockets fly 50 miles.', 'The HIMARS has a range of 80 km.')).toBe(true);
    // Found in review: a designation in mixed case, a plural, a name's case.
    expect(nameOneWeapon('Russia fired Kh-101 cruise missiles.', 'Its Kh101 missiles reach 2,500 km.')).toBe(true);
    expect(nameOneWeapon('Iskanders missiles fly 500 km.', 'Iskander missiles fly 500 km.')).toBe(true);
    expect(nameOneWeapon('Ukraine wants ATACMs.', 'The ATACMS has a range of 300 km.')).toBe(true);
    expect(nameOneWeapon('Pilots of F-16s train.', 'An F-16 flies 500 km.')).toBe(true);
    expect(nameOneWeapon('Patriot anti-aircraft missiles fly 160 km.', 'Patriot missiles reach 100 miles.')).toBe(true);
    // A name in capitals opening a sentence is no dateline unless it reads as one (third review).
    expect(
      nameOneWeapon('HIMARS, the US-made launchers, fire far.', 'The US-made HIMARS launchers fire 186 miles.'),
    ).toBe(true);
    expect(
      nameOneWeapon(
        'Short-range Iskander ballistic missiles have a range of about 250 miles.',
        'Iskander missiles can fly 400 km.',
      ),
    ).toBe(true);
  });

  it('takes two weapons, bodies in capitals or no weapon named for no weapon in common', () => {
    const m270 = 'Biden ruled out donating M270 self-propelled missile systems, with a range of 300 kilometers.';
    const atacms =
      'Ukraine was most likely using MGM-140 Army Tactical Missile Systems, also known as ATACMS, which have a range of 190 miles.';
    expect(nameOneWeapon(m270, atacms)).toBe(false);
    expect(nameOneWeapon('NATO says the missiles fly 300 km.', 'NATO rockets have a range of 300 km.')).toBe(false);
    expect(nameOneWeapon('The rockets have a range of 80 km.', 'The rockets have a range of 80 km.')).toBe(false);
    expect(nameOneWeapon('Russian missiles fly 300 km.', 'Russian missiles have a range of 300 km.')).toBe(false);
    // Found in review: a country, a people of the west, a number or a dateline before the noun.
    expect(nameOneWeapon('Russia fired missiles at Lviv.', 'Russia fired missiles with a range of 300 km.')).toBe(
      false,
    );
    expect(nameOneWeapon('American rockets fly 80 km.', 'Western rockets and American rockets fly 80 km.')).toBe(false);
    expect(nameOneWeapon('KYIV - Two missiles hit.', 'KYIV - Two missiles have a range of 300 km.')).toBe(false);
    // Found in a second review: a class of weapons, a source, an illness, a dateline, other peoples.
    expect(nameOneWeapon('Cruise missiles fly 500 km.', 'Cruise missiles have a range of 310 miles.')).toBe(false);
    expect(nameOneWeapon('Sarmat ICBMs fly far.', 'DF-41 ICBMs fly far.')).toBe(false);
    expect(
      nameOneWeapon('ODESA, Ukraine - Rockets hit, CSIS said.', 'ODESA, Ukraine - Rockets fly 80 km, CSIS said.'),
    ).toBe(false);
    expect(nameOneWeapon('French missiles and Israeli rockets.', 'French missiles and Israeli rockets.')).toBe(false);
    expect(nameOneWeapon('Several drones after Covid-19.', 'Several drones after Covid-19.')).toBe(false);
    // Found in a third review: a class word opening the sentence, a country, capitals of a dateline.
    expect(
      nameOneWeapon(
        'Air defense systems such as the Patriot have a range of 300 km.',
        'Air defense systems such as the S-300 fire missiles with a range of 186 miles.',
      ),
    ).toBe(false);
    expect(nameOneWeapon('Iran drones hit Kyiv.', 'Iran drones fly 2,000 km.')).toBe(false);
    expect(
      nameOneWeapon(
        'KYIV/MOSCOW, June 1 (Reuters) - HIMARS fly 80 km.',
        'KYIV/MOSCOW, June 2 (Reuters) - M270s fly 70 km.',
      ),
    ).toBe(false);
  });
});
