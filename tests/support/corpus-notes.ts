/**
 * A page and a corpus article, each a few sentences, through the real path of the figures check
 * (figures read, frames, the corpus index, pairing, notes): what the consistency tests write their
 * cases with.
 */
import { loadGazetteer } from '../../scripts/lib/gazetteer-file';
import { checkConsistency } from '../../utils/core/check-consistency';
import { placesInText } from '../../utils/core/claims/claim-subjects';
import { extractClaims } from '../../utils/core/claims/extract-claims';
import { CorpusIndex } from '../../utils/core/corpus-index';
import { PlaceFinder } from '../../utils/core/places/find-places';
import type { ConsistencyNote } from '../../utils/core/results';
import { MemoryTextStore } from '../../utils/core/text-store';
import type { CorpusArticle } from '../../utils/core/types';

export const gazetteer = loadGazetteer();
export const finder = new PlaceFinder(gazetteer);

// Other paragraphs for each side, so that two one-sentence articles are not taken for one article.
const PAGE_REST =
  'The mayor also opened a new public library downtown, and a jazz festival drew large crowds to the old harbour.';
const CORPUS_REST =
  'Elsewhere, farmers reported a poor harvest after a dry summer, while schools reopened after repairs to their roofs.';

/** Every corpus note on the page, "only here" included. */
export async function allNotesOn(
  page: string,
  corpus: string,
  dates: [string, string] = ['2024-04-20', '2024-04-20'],
): Promise<ConsistencyNote[]> {
  const articles: CorpusArticle[] = [{ id: 'corpus-1', text: `${corpus}\n\n${CORPUS_REST}`, date: dates[1] }];
  const index = CorpusIndex.build({ name: 'test', articles }, finder);
  const { notes } = await checkConsistency(
    { text: `${page}\n\n${PAGE_REST}`, publishedTime: dates[0] },
    index,
    new MemoryTextStore(articles),
    finder,
  );
  return notes.filter((note) => note.check === 'corpus');
}

export async function notesOn(
  page: string,
  corpus: string,
  dates: [string, string] = ['2024-04-20', '2024-04-20'],
): Promise<ConsistencyNote[]> {
  return (await allNotesOn(page, corpus, dates)).filter((note) => note.verdict !== 'only-here');
}

/** The frame Sidenote reads for one figure of a sentence, found by its text ("115,000 troops"). */
export const frameOf = (text: string, figure: string, published = '2022-05-12') =>
  extractClaims(text, { places: placesInText(finder.find(text), gazetteer), published }).find(
    (claim) => claim.text === figure,
  )?.frame;
