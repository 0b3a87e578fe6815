import { describe, expect, it } from 'vitest';
import { notesOn } from '../../../tests/support/corpus-notes';
import { isStock } from './same-subject';

/**
 * What a count of what happened is of: the town where it happened. Each case is a page and a corpus
 * article through the real path (tests/support/corpus-notes.ts), with a twin that must pair.
 */
describe('a count of what happened is of where it happened', () => {
  it('people killed in one city and in another are two events, whoever fired and though both are in Ukraine (Associated Press, us-outlets-2022 tuning half)', async () => {
    const page =
      'In the eastern Ukrainian city of Donetsk, Russian authorities reported four people were killed in Ukrainian shelling.';
    const other =
      'The governor of the Mykolaiv region said at least two people were killed in heavy Russian strikes on the city of Mykolaiv in Ukraine.';
    expect(await notesOn(page, other)).toEqual([]);
    expect(
      await notesOn(
        'A woman stands next to three people killed in the courtyard of a house in Bucha, Ukraine.',
        'Russian forces struck a market in Sloviansk, Ukraine, killing three people, officials said.',
      ),
    ).toEqual([]);
    // The same strike told twice, in the same city, still pairs.
    expect(
      await notesOn(page, 'Russian officials said four people were killed in the shelling of Donetsk on Monday.'),
    ).toHaveLength(1);
  });

  it("a count of what happened is of the town nearest it: Odesa's dead are not the Kremenchuk mall's, nor Donetsk city's Bakhmut's (HuffPost, uk-us-outlets-2022 tuning half)", async () => {
    const mall =
      'An airstrike Monday on a shopping mall in the central city of Kremenchuk killed at least 19 people, officials said.';
    expect(
      await notesOn(
        'Russia struck a shopping mall in Kremenchuk, killing at least 20 people, while Russian missiles in Odesa killed at least 19 people Friday.',
        mall,
      ),
    ).toEqual([]);
    expect(
      await notesOn(
        'Separatist authorities in the city of Donetsk said that two people were killed in Ukrainian shelling on Thursday.',
        'The governor of the Donetsk region said that two people were killed in Russian shelling of the city of Bakhmut.',
      ),
    ).toEqual([]);
    // The mall's dead told again, with the region beside the town, still pair.
    expect(
      await notesOn(
        'Ukraine said at least 19 people were killed when a missile hit a mall in Kremenchuk, Poltava region.',
        mall,
      ),
    ).toHaveLength(1);
  });

  it("where a strike hit says which strike it was: the station's dead are not the mall's (Associated Press and HuffPost, us-tune-pool)", async () => {
    const mall =
      'Last week, Russia reportedly struck a shopping mall in Kremenchuk, Ukraine killing at least 20 people, while Russian missiles in Odesa killed at least 19 people Friday.';
    expect(
      await notesOn(
        "Russia's attack on a Ukrainian train station that killed more than 20 people this week is the latest in a series of strikes on the country's railway system that some international legal scholars say may be war crimes.",
        mall,
        ['2022-08-26', '2022-07-04'],
      ),
    ).toEqual([]);
    expect(
      await notesOn(
        'The Russian missile strike on a crowded shopping centre in Kremenchuk killed more than 20 people, officials said.',
        mall,
        ['2022-06-29', '2022-07-04'],
      ),
    ).toHaveLength(1);
    // Where the wounded were taken is no site of the strike.
    expect(
      await notesOn(
        'The Russian strike on a shopping mall in Kremenchuk on Monday killed 18 people.',
        'Russian missiles killed 18 people on Monday, many of them taken to hospital, officials in Ukraine said.',
      ),
    ).toHaveLength(1);
    // A site may be a landmark, not the target: where both name one town, the town decides.
    expect(
      await notesOn(
        'The strike on a shopping mall in Kremenchuk killed 18 people, the governor said.',
        'Speaking at the railway station in Kremenchuk, the governor said 18 people were killed in the strike.',
      ),
    ).toHaveLength(1);
  });

  it('a handful killed is of one event only where both say where (HuffPost and Associated Press, us-tune-pool)', async () => {
    const donetsk =
      'Russia-backed separatist authorities in the city of Donetsk said that two people were killed and three others wounded in Ukrainian shelling of the central part of the city on Thursday.';
    expect(
      await notesOn(
        'Local Russia-installed officials said the strike killed two people Monday and wounded 16 others.',
        donetsk,
        ['2022-08-22', '2022-08-04'],
      ),
    ).toEqual([]);
    expect(
      await notesOn(
        'The mayor of the city of Donetsk told reporters that Thursday’s shelling killed two people near the market.',
        donetsk,
      ),
    ).toHaveLength(1);
    // A count that is no handful is told again without its town: the 53 prisoners of Olenivka.
    expect(
      await notesOn(
        'He visited a prison in Ukraine where at least 53 Ukrainian prisoners of war were killed last month.',
        'Separatists said an attack on the prison in Olenivka, Ukraine, killed 53 prisoners of war.',
        ['2022-08-11', '2022-07-29'],
      ),
    ).toHaveLength(1);
  });

  it('a toll of under thirty is one strike’s only where both say something of it beyond the killing (Fox News and CNN, us-tune-pool and four-outlets-autumn tuning half)', async () => {
    const station =
      'A Russian missile strike on a train station in Ukraine during the country’s Independence Day killed at least 15 people and injured dozens more, President Volodymyr Zelenskyy said.';
    expect(
      await notesOn(
        'A rocket attack in Ukraine killed at least 15 people, with almost two dozen more possibly trapped under the rubble.',
        station,
        ['2022-07-10', '2022-08-25'],
      ),
    ).toEqual([]);
    expect(
      await notesOn(
        'This morning Ukraine’s emergency services announced at least 19 people were killed and another 105 wounded during yesterday’s assault.',
        'Monday’s assault comes a week after Russia began an intense, two-day nationwide bombardment of Ukraine that killed at least 19 people.',
        ['2022-10-18', '2022-10-18'],
      ),
    ).toEqual([]);
    // A word of what happened ("Independence Day"), the site or the day they share makes them one.
    expect(
      await notesOn(
        'Russian forces launched a rocket attack in Ukraine on the embattled country’s Independence Day, killing 22 people, President Volodymyr Zelenskyy said.',
        station,
        ['2022-08-25', '2022-08-25'],
      ),
    ).toHaveLength(1);
    // Words any report of a toll uses (who told it, who fired, the country) say nothing of which strike.
    expect(
      await notesOn(
        'Russian shelling killed 15 people in Ukraine’s east, officials said.',
        'A Russian missile strike killed at least 15 people in Ukraine’s south, according to officials.',
        ['2022-08-25', '2022-08-25'],
      ),
    ).toEqual([]);
    // A site both name, in other words: a supermarket is a shop, as a shopping mall is.
    expect(
      await notesOn(
        'Russian missiles hit a supermarket in Ukraine, killing 22 people, officials said.',
        'A Russian missile strike on a shopping mall in Ukraine killed at least 15 people.',
        ['2022-08-25', '2022-08-25'],
      ),
    ).toHaveLength(1);
    expect(
      await notesOn(
        'Russian missiles killed 22 people in Ukraine on Wednesday, officials said.',
        'A Russian rocket attack killed at least 15 people in Ukraine on Wednesday.',
        ['2022-08-25', '2022-08-25'],
      ),
    ).toHaveLength(1);
  });

  it('a sea names no strike: the Black Sea flagship hit by two missiles is not the Black Sea port hit by two (BBC and The New York Times, archive-loo)', async () => {
    const odesa =
      'At least eight people were killed when two cruise missiles struck a residential neighborhood on the outskirts of the Black Sea port city of Odesa on Saturday, Ukrainian officials said.';
    expect(
      await notesOn(
        'Last week Russia blamed the loss of its Black Sea flagship on an unexplained fire, but Ukraine claimed it hit the warship with two missiles.',
        odesa,
        ['2022-04-25', '2022-04-23'],
      ),
    ).toEqual([]);
    // A village the supplement adds is a site as any town is: Kleban-Byk's dead are not Sloviansk's.
    expect(
      await notesOn(
        'In Kleban-Byk, Ukraine, 40 people were killed.',
        '40 people were killed in the shelling of Sloviansk, Ukraine.',
      ),
    ).toEqual([]);
    // So is an airport: Schiphol's dead are not Rotterdam's.
    expect(
      await notesOn(
        'In Schiphol Airport, Netherlands, 40 people were killed.',
        '40 people were killed in the shelling of Rotterdam, Netherlands.',
      ),
    ).toEqual([]);
    // The strike on Odesa told again, with its town, still pairs.
    expect(
      await notesOn(
        'Officials in Odesa said two cruise missiles struck a residential neighborhood of the city on Saturday.',
        odesa,
        ['2022-04-24', '2022-04-23'],
      ),
    ).toHaveLength(1);
  });

  it('who fled their homes and who fled the country are two counts: the displaced are not the refugees (HuffPost and BBC, archive-tune-pool)', async () => {
    const page = 'Russia created a humanitarian crisis in which 1.5 million people have fled the nation so far.';
    const dates: [string, string] = ['2022-03-07', '2022-03-20'];
    expect(
      await notesOn(
        page,
        'The war has forced more than 6.5 million people to flee their homes since Russia invaded on 24 February.',
        dates,
      ),
    ).toEqual([]);
    expect(
      await notesOn(page, 'Since Russia invaded, more than three million people have fled the country.', dates),
    ).toHaveLength(1);
    // Displaced told two ways is one count.
    expect(
      await notesOn(
        'According to the United Nations, some 10 million people in Ukraine have fled their homes.',
        'Putin launched an invasion of Ukraine on Feb. 24, which has displaced more than 10 million people, according to the United Nations.',
        ['2022-04-14', '2022-04-20'],
      ),
    ).toHaveLength(1);
  });

  it('citizens detained are counted for what happened to them: two Americans held in Russia are no stock that grew into three arrested a month later (ABC and CBS, archive-loo)', async () => {
    const held =
      'President Joe Biden met Friday at the White House with the families of Brittney Griner and Paul Whelan, two American citizens who remain detained in Russia.';
    const arrested =
      "Russia's Federal Security Service, known by the Russian acronym FSB, said it arrested five Russians and three citizens of Ukraine and Armenia in the attack on the Kerch Bridge.";
    expect(await notesOn(held, arrested, ['2022-09-17', '2022-10-12'])).toEqual([]);
    // Land taken is still land held (found in review), and a town's people are still a stock that moves.
    const taken = {
      measure: 'territory',
      modifiers: [],
      event: 'captured',
      holders: ['RU'],
      recipients: [],
      claimants: [],
      of: ['UA'],
      nature: 'level' as const,
      period: null,
      since: null,
      fresh: false,
      recent: false,
      earlier: false,
      day: null,
    };
    expect(isStock(taken)).toBe(true);
    expect(
      await notesOn(
        'Before the war, Bakhmut was home to about 70,000 residents.',
        'Bakhmut was home to some 80,000 residents, officials said.',
        ['2022-09-17', '2022-10-12'],
      ),
    ).toHaveLength(1);
  });

  it("compares a war's toll of lives across months, and names what two figures measure without misreading it (The Moscow Times and BBC, fresh; read by hand)", async () => {
    // Told in February and in May, the Donbas war's toll is one standing total, not two events'.
    const [note] = await notesOn(
      'The conflict in the Donbas has claimed more than 14,000 lives, officials said.',
      'The war in the Donbas region claimed 14,000 lives, the UN said.',
      ['2022-02-13', '2022-05-09'],
    );
    expect(note?.verdict).toBe('agrees');
    expect(note?.basis).toMatch(/^lives lost · /);
    // A modifier the event says already is said once (BBC, fresh): not "wounded troops wounded".
    const [wounded] = await notesOn(
      'More than 500 wounded soldiers were evacuated from the plant, Ukraine said.',
      'Ukraine said more than 500 wounded soldiers remain at the Azovstal plant.',
      ['2022-05-01', '2022-05-02'],
    );
    expect(wounded?.basis).toMatch(/^troops wounded · /);
    // One strike's toll is an event: another's, weeks before, is no change (found in review).
    expect(
      await notesOn('In Kharkiv, the strike took 20 lives.', 'In Kharkiv, the shelling took 45 lives.', [
        '2022-05-01',
        '2022-04-20',
      ]),
    ).toEqual([]);
    // Lives lost are no people living somewhere: a town of 1,000 people is another figure.
    expect(
      await notesOn(
        'More than 1,000 people lost their lives in the attack on the town.',
        'The town is home to 1,000 people.',
      ),
    ).toEqual([]);
  });
});
