import { describe, expect, it } from 'vitest';
import { finder, frameOf, gazetteer, notesOn } from '../../../tests/support/corpus-notes';
import { placesInText } from '../claims/claim-subjects';
import { extractClaims } from '../claims/extract-claims';

/**
 * More kinds of wrong pairing, found on outlets a new user might import beside the big ones (TASS,
 * Sputnik, Breitbart, People's Daily, Prensa Latina, Punch against The Moscow Times, Reuters, CNN,
 * Fox News, the BBC and Al Jazeera), each with a twin that measures the page's quantity and pairs.
 */

describe('who holds and who receives', () => {
  it('whom a report is attributed to while "saying" it holds nothing (TASS against Reuters, 2021)', async () => {
    const ukrainian =
      'In Zakharova’s view, the Donbass conflict zone, where about 125,000 Ukrainian troops are stationed, is an example of Kiev’s unwillingness.';
    const russian =
      'Those comments followed the Ukrainian foreign ministry saying Tuesday that Russia has massed 115,000 troops around Ukraine.';
    expect(frameOf(russian, '115,000 troops')?.holders).toEqual(['RU']);
    expect(await notesOn(ukrainian, russian, ['2021-12-01', '2021-12-01'])).toEqual([]);
    const twin = 'Russia has massed about 120,000 troops around Ukraine, Kyiv says.';
    expect(await notesOn(twin, russian, ['2021-12-01', '2021-12-01'])).toMatchObject([{ verdict: 'agrees' }]);
  });

  it('the subject that received a sum is given it (Breitbart against CNN and Fox News, 2022)', async () => {
    const israel = 'Israel received $3.8 billion in military aid from the U.S. last year.';
    const ukraine = 'The US has already provided more than $3.8bn in direct military aid to Ukraine.';
    expect(frameOf(israel, '$3.8 billion')).toMatchObject({ holders: ['US'], recipients: ['IL'] });
    expect(await notesOn(israel, ukraine, ['2022-03-21', '2022-05-10'])).toEqual([]);
    const received = 'Ukraine has already received $3.8 billion in direct military aid from the US.';
    expect(await notesOn(received, ukraine, ['2022-05-10', '2022-05-10'])).toMatchObject([{ verdict: 'agrees' }]);
  });
});

describe('who asked', () => {
  it('two polls by different pollsters are two quantities, though their shares agree (noticed on fresh stories)', async () => {
    const levada =
      'A Levada Center poll published on Thursday found that 81% of Russians back the military operation in Ukraine.';
    const vtsiom =
      'A survey by the state-run pollster VTsIOM found that 80% of Russians back the military operation in Ukraine.';
    expect(frameOf(levada, '81%')?.claimants).toEqual(['poll:levada']);
    expect(await notesOn(levada, vtsiom, ['2022-03-31', '2022-03-30'])).toEqual([]);
    const twin = 'The Levada Center’s latest poll found that 80% of Russians back the military operation in Ukraine.';
    expect(await notesOn(levada, twin, ['2022-03-31', '2022-03-31'])).toMatchObject([{ verdict: 'agrees' }]);
  });

  it('two shares of those polled are answers to two questions, unless one pollster’s poll is named on both sides (fresh stories, 2022–2023)', async () => {
    const victory =
      'The belief in victory remains at the highest level: 93% of respondents believe that Ukraine will be able to repel Russia’s attack.';
    const blame =
      'Some 86% of respondents believe that the Russian leadership bears the main responsibility for the war in Ukraine.';
    expect(await notesOn(victory, blame, ['2022-03-20', '2022-03-18'])).toEqual([]);
    const tanks = '39% of respondents called the provision of tanks to Ukraine a mistake.';
    const war = 'Some 37% of respondents said they believed Russia should continue the war in Ukraine.';
    expect(await notesOn(tanks, war, ['2023-02-03', '2023-02-01'])).toEqual([]);
    // Nor is a poll's share a share of anything else: what Ukrainians think Russia holds is not what it holds.
    const perceived = 'Polls show Russia holds some 20% of Ukraine’s territory in the eyes of most Ukrainians.';
    const held = 'Russia occupies about 20% of Ukraine’s territory, officials said.';
    expect(await notesOn(perceived, held, ['2022-06-10', '2022-06-09'])).toEqual([]);
  });
});

describe('a rise is an event', () => {
  it('a rate raised by two points in one October is not the rise of the next (fresh stories, 2023–2024)', async () => {
    const hike2023 =
      'Russia’s central bank raised the key interest rate by 2 percentage points to 15 percent on Friday amid mounting inflationary pressure.';
    const hike2024 =
      'Russia’s central bank on Friday raised its key interest rate by two percentage points to a record-high 21% to combat inflation.';
    expect(await notesOn(hike2023, hike2024, ['2023-10-28', '2024-10-25'])).toEqual([]);
    const retold = 'Russia’s central bank raised its key interest rate by two percentage points on Friday, to 15%.';
    expect(await notesOn(hike2023, retold, ['2023-10-28', '2023-10-27'])).toMatchObject([{ verdict: 'agrees' }]);
  });
});

describe('which build-up', () => {
  it('troops massed last spring are not the build-up of the article’s month (noticed on fresh stories)', async () => {
    const spring =
      'Russia massed about 100,000 troops near the border with Ukraine last spring before pulling some back.';
    const december = 'Russia has massed about 100,000 troops near its border with Ukraine, U.S. officials say.';
    expect(await notesOn(spring, december, ['2021-12-03', '2021-12-02'])).toEqual([]);
    const april = 'Russia massed about 100,000 troops near its border with Ukraine in April, U.S. officials said.';
    expect(await notesOn(spring, april, ['2021-12-03', '2021-04-22'])).toMatchObject([{ verdict: 'agrees' }]);
  });
});

describe('where it happened', () => {
  it('a city named to say where a town lies is not the site: Makariv "near Kyiv" is not Kyiv (Al Jazeera against Breitbart, 2022)', async () => {
    const makariv =
      'Local police in the town of Makariv near Kyiv say at least seven people were killed and five others injured following a mortar attack by Russian forces.';
    const kyiv = 'In Kyiv, eight people were killed by shelling in the densely populated Podil district on Sunday.';
    expect(await notesOn(makariv, kyiv, ['2022-03-19', '2022-03-21'])).toEqual([]);
    const twin = 'Eight people were killed in a mortar attack on Makariv, police said.';
    expect(await notesOn(makariv, twin, ['2022-03-19', '2022-03-19'])).toMatchObject([{ verdict: 'agrees' }]);
  });
});

describe('what a running total runs from', () => {
  it('since a day before the invasion is not since the invasion (Breitbart against CNN and Fox News, 2022)', async () => {
    const border =
      'Roughly 1 million other migrants have crossed the southern border since January 20, officials said.';
    const ukraine = 'About 4.9 million refugees have fled Ukraine since February 24, the UNHCR said.';
    expect(await notesOn(border, ukraine, ['2022-04-21', '2022-04-26'])).toEqual([]);
    // "Since Feb. 24", "since February" and "since Russia's operation began" are the invasion's.
    for (const since of ['since February 24', 'since February', 'since Russia’s operation began'])
      expect(
        frameOf(`More than 4.9 million refugees have fled Ukraine ${since}.`, 'More than 4.9 million refugees')?.since,
      ).toBe('invasion');
    expect(frameOf('Some 1.5 million refugees have fled since 1 March.', 'Some 1.5 million refugees')?.since).toBe(
      'March 1',
    );
    expect(frameOf('Some 1.5 million refugees have fled since Mar 1.', 'Some 1.5 million refugees')?.since).toBe(
      'March 1',
    );
    // An abbreviation's full stop ends the words read, and its day with them: no anchor, as "since
    // Feb. 24" has none, neither the invasion's nor another (found in review).
    expect(frameOf('Some 1.5 million refugees have fled since Sept. 10.', 'Some 1.5 million refugees')?.since).toBe(
      null,
    );
    // The Kremlin's word is "special military operation" or Russia's operation, not any operation.
    expect(
      frameOf('Russia has launched 1,500 missiles since the operation to retake Kherson began.', '1,500 missiles')
        ?.since ?? null,
    ).not.toBe('invasion');
    expect(frameOf('Some 1.5 million refugees have fled since Feb. 10.', 'Some 1.5 million refugees')?.since).toBe(
      null,
    );
  });

  it('since the operation began is not since 2014 (Sputnik against Al Jazeera, 2022)', async () => {
    const operation =
      'The Biden administration has provided over $3.4 billion in military assistance to Kiev since Russia’s operation began.';
    const since2014 = 'The US has provided about $6.4bn in military assistance to Ukraine since 2014.';
    expect(await notesOn(operation, since2014, ['2022-05-03', '2022-04-25'])).toEqual([]);
  });
});

describe('running totals that only grow', () => {
  it('a toll told "so far" by one side is not a fall from another side’s count (BBC against Prensa Latina, 2022)', async () => {
    const us =
      'US officials estimated that between 5,000 to 6,000 Russian troops have been killed in Ukraine since the war began on 24 February.';
    const russia =
      'The first deputy chief of the General Staff of the Russian Armed Forces, Colonel General Sergey Rudskoy, informed on Friday that so far, 1,351 Russian soldiers have been killed in clashes in Ukraine.';
    expect(await notesOn(us, russia, ['2022-03-10', '2022-03-25'])).toEqual([]);
    // "Claiming the lives of" is no saying (found in review).
    const lives =
      'Russian forces have shelled Kharkiv for weeks, claiming the lives of at least 3,000 civilians in Ukraine since the invasion began.';
    expect(frameOf(lives, 'at least 3,000 civilians')?.claimants).toEqual([]);
    const informed =
      'Russia’s defence ministry informed on Friday that so far, 1,351 Russian soldiers have been killed.';
    expect(frameOf(informed, '1,351 Russian soldiers')?.claimants).toEqual(['RU']);
  });

  it('a sum provided is not taken back: a lower total days later is another count, not a change (Al Jazeera against Sputnik, 2022)', async () => {
    const later = 'The US alone has provided $3bn in aid since Russia launched its invasion on February 24.';
    const earlier =
      'The US has claimed to provide more than $3.7 billion in aid to Ukraine since Russia launched its special military operation in February.';
    expect(await notesOn(later, earlier, ['2022-04-28', '2022-04-26'])).toEqual([]);
    // A higher total later is the change it looks like.
    const grown = later.replace('$3bn', '$4.5bn');
    expect(await notesOn(grown, earlier.replace('more than ', ''), ['2022-05-07', '2022-04-26'])).toMatchObject([
      { verdict: 'differs', datesDiffer: true },
    ]);
  });
});

describe('sums and tolls over a span that ends now', () => {
  it('what was given or killed over the past year or days is no package, strike nor another span (People’s Daily, Breitbart and Sputnik against CNN, Fox News and Al Jazeera, 2022)', async () => {
    const pastYear =
      'Department of State showed that in just the past year, the U.S. provided more than $1 billion in security assistance to Ukraine.';
    const thisWeek =
      'Biden said the U.S. would work with Ukraine to get it the defensive aid it needs and approved another $1 billion in security assistance this week.';
    expect(await notesOn(pastYear, thisWeek, ['2022-04-03', '2022-03-19'])).toEqual([]);
    const sinceInvasion =
      'It has already announced more than $1 billion in military assistance to the country since the invasion began last month.';
    expect(await notesOn(pastYear, sinceInvasion, ['2022-04-03', '2022-03-30'])).toEqual([]);
    const twin = 'The United States has provided $1 billion in security assistance to Ukraine over the past year.';
    expect(await notesOn(pastYear, twin, ['2022-04-03', '2022-04-03'])).toMatchObject([{ verdict: 'agrees' }]);
    // Two spans that end on different days are two totals, and no span is a running total (found in review).
    const day =
      'Russian shelling has killed 5 civilians in Kharkiv over the past 24 hours, the regional governor said.';
    expect(await notesOn(day, day.replace('5 civilians', '7 civilians'), ['2022-04-10', '2022-04-20'])).toEqual([]);
    // "In the last week of February" is a span of another time.
    expect(frameOf('The US provided $350 million in the last week of February.', '$350 million')?.nature).toBe('level');
    // The dead of a span are not one strike's (Breitbart against Fox News).
    const span =
      'Intensified Russian shelling of Ukraine’s second-largest city, Kharkiv, has killed 18 people and wounded 106 in the last four days alone, Zelensky said.';
    const strike =
      'At least 18 people have been killed as Russian forces used multiple rocket launchers against Kharkiv.';
    expect(await notesOn(span, strike, ['2022-04-18', '2022-04-15'])).toEqual([]);
    const soFar = 'Russian shelling has killed 25 civilians in Kharkiv so far.';
    expect(await notesOn(span, soFar, ['2022-04-18', '2022-04-25'])).toEqual([]);
    expect(await notesOn(span, soFar.replace('25', '18'), ['2022-04-18', '2022-04-18'])).toEqual([]);
    // "Four days" and "4 days" are one span.
    const digits =
      'Shelling of Kharkiv, Ukraine’s second-largest city, killed 18 people and injured 106 over the past 4 days, officials said.';
    expect(await notesOn(span, digits, ['2022-04-18', '2022-04-18'])).toMatchObject([{ verdict: 'agrees' }]);
    // A package's own size is not a sum over the span its flights arrived in.
    const flights =
      'Four flights carrying military aid from the $800 million drawdown package Biden announced last week arrived in Ukraine over the last 24 hours.';
    expect(frameOf(flights, '$800 million')?.nature).toBe('level');
    expect(
      frameOf('The $800 million package approved in the past week includes howitzers.', '$800 million')?.nature,
    ).toBe('level');
  });
});

describe('figures on either side of one value', () => {
  it('a price that approached a value and one that topped it are two moments (fresh stories, 2022)', async () => {
    const approached = 'Oil prices approached $100 a barrel on Tuesday, as Russia threatened Ukraine.';
    const topped = 'Oil topped $100 a barrel for the first time since 2014 after Russia attacked Ukraine.';
    expect(frameOf(approached, '$100', '2022-02-22')).toBeTruthy();
    expect(extractClaims(approached, { published: '2022-02-22' }).find((claim) => claim.text === '$100')?.bound).toBe(
      'at-most',
    );
    expect(extractClaims(topped, { published: '2022-02-24' }).find((claim) => claim.text === '$100')?.bound).toBe(
      'at-least',
    );
    expect(await notesOn(topped, approached, ['2022-02-24', '2022-02-22'])).toEqual([]);
    const twin = 'Oil prices surpassed $100 a barrel on Thursday after Russia invaded Ukraine.';
    expect(await notesOn(topped, twin, ['2022-02-24', '2022-02-24'])).toMatchObject([{ verdict: 'agrees' }]);
  });
});

describe('figures read apart', () => {
  it('those listed as missing are neither killed nor injured, though the list names both before them (fresh stories, 2024)', async () => {
    const missing =
      'According to the interior minister, 11 people were killed, 22 injured and at least three people listed as missing in Chernihiv following Russian missile strikes.';
    expect(frameOf(missing, 'at least three people')?.event).toBe('missing');
    // A verb in a clause of the figure's own noun is no verb of the list's item (review).
    expect(
      frameOf(
        'The strike killed two soldiers and at least five civilians who were trying to flee the town.',
        'at least five civilians',
      )?.event,
    ).toBe('killed');
    const injured =
      'The medical director of the city hospital said five people were injured as a result of the missile strike on Chernihiv.';
    expect(await notesOn(missing, injured, ['2024-04-17', '2024-04-17'])).toEqual([]);
  });

  it('those a strike injured are not those it killed: "killing one and injuring three civilians" (fresh stories, 2022)', async () => {
    const injured =
      'Russian forces shelled a residential building in Kherson overnight, killing one and injuring three civilians, the governor reported.';
    expect(frameOf(injured, 'three civilians')?.event).toBe('wounded');
    const killed = 'Russian shelling of Kherson has killed three civilians and wounded 15, the governor said.';
    expect(await notesOn(killed, injured, ['2022-12-14', '2022-12-14'])).toEqual([]);
  });

  it('a spaced em dash sets words apart (TASS against Reuters, 2021)', async () => {
    const booked =
      'The company ordered just a third — 31 million cubic meters per day — of the space on the Yamal pipeline running through Belarus and Poland.';
    expect(
      extractClaims(booked, { places: placesInText(finder.find(booked), gazetteer), published: '2021-10-20' })
        .filter((claim) => claim.kind !== 'date')
        .map((claim) => [claim.value, claim.high]),
    ).toContainEqual([31_000_000, null]);
    // The reverse flow through Poland is not the Yamal booking it was read to agree with.
    const reverse =
      'Gazprom pointed to the reverse flow of gas from Germany to Poland and further to Ukraine of 3-5 million cubic meters per day.';
    expect(await notesOn(reverse, booked, ['2021-12-27', '2021-10-20'])).toEqual([]);
  });

  it('a barrel of one benchmark is not a barrel of another (BBC against Sputnik, 2022)', async () => {
    const wti =
      'Following Mr Biden’s remarks, US oil benchmark West Texas Intermediate was more than 7% lower at about $100 a barrel.';
    const brent = 'The rally was led by Brent oil, a global benchmark, which surged above 100 U.S. dollars a barrel.';
    expect(await notesOn(wti, brent, ['2022-03-31', '2022-03-30'])).toEqual([]);
    // The benchmark of the price's own clause; two in the sentence before it may be either.
    const both =
      'West Texas Intermediate was more than 7% lower at about $100 a barrel, while Brent crude fell to around $107 a barrel.';
    expect(frameOf(both, 'around $107')?.modifiers).toEqual(['Brent']);
    expect(frameOf('Brent, which trades at a premium to WTI, rose to $110 a barrel.', '$110')?.modifiers).toEqual([]);
    const twin = 'The US benchmark West Texas Intermediate fell more than 5% to about $100 a barrel.';
    expect(await notesOn(wti, twin, ['2022-03-31', '2022-03-30'])).toMatchObject([{ verdict: 'agrees' }]);
  });

  it('a price given to the cent is one day’s close (Breitbart against CNN, 2022)', async () => {
    const close =
      'Brent crude, the price basis for international oil trading, shed 84 cents to $111.20 per barrel in London.';
    const later = 'The Brent global benchmark was last trading near $113 per barrel.';
    expect(await notesOn(close, later, ['2022-05-19', '2022-06-26'])).toEqual([]);
    expect(await notesOn(close, later, ['2022-05-19', '2022-05-19'])).toMatchObject([{ verdict: 'agrees' }]);
  });
});
