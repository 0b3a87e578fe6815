/**
 * The options page's import worker: reading, indexing and storing happen here, off the page's main
 * thread, so the page keeps its progress bar moving and its Cancel button working.
 */
import { GAZETTEER_PATH } from '../../extension/extension-paths';
import { countFigures } from '../../core/import/corpus-stats';
import { Gazetteer } from '../../core/places/gazetteer';
import { PlaceFinder } from '../../core/places/find-places';
import { openLibrary, readCorpora, readCorpus, updateCorpus } from '../../extension/library-db';
import { runImport } from './import-job';
import { checkSelection } from './read-file';
import { FILE_LIMITS } from '../../shared/import-limits';
import type { FromImportWorker, ToImportWorker } from './import-messages';

const post = (message: FromImportWorker) => postMessage(message);
let finder: Promise<PlaceFinder> | null = null;

// The gazetteer ships inside the extension: the worker reads the extension's own file.
function placeFinder(): Promise<PlaceFinder> {
  finder ??= fetch(new URL(GAZETTEER_PATH, self.location.origin))
    .then((response) => {
      if (!response.ok) throw new Error(`the extension is damaged: its gazetteer is missing (${response.status})`);
      return response.arrayBuffer();
    })
    .then((buffer) => new PlaceFinder(Gazetteer.fromBytes(new Uint8Array(buffer))));
  return finder;
}

async function countCorpusFigures(corpusId: string): Promise<void> {
  const db = await openLibrary();
  const { articles } = await readCorpus(db, corpusId);
  let done = 0;
  const figures = countFigures(articles, () => {
    done++;
    if (done % 50 === 0) post({ type: 'figures-progress', corpusId, done, total: articles.length });
  });
  // Written onto the description as it is now (renamed meanwhile, perhaps); deleted meanwhile, it fails and stays deleted.
  await updateCorpus(db, corpusId, (record) => ({ ...record, stats: { ...record.stats, figures } }));
  post({ type: 'figures-counted', corpusId });
}

addEventListener('message', (event: MessageEvent<ToImportWorker>) => {
  const message = event.data;
  if (message.type === 'count-figures') {
    countCorpusFigures(message.corpusId).catch((error: unknown) =>
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return;
  }
  void (async () => {
    try {
      const [db, places] = await Promise.all([openLibrary(), placeFinder()]);
      // Too many files, or too much together, are refused before any is read; a file over the limit is refused by its size, unread.
      checkSelection(message.files.map((file) => file.size));
      const files = await Promise.all(
        message.files.map(async (file) =>
          file.size > FILE_LIMITS.maxFileBytes
            ? { name: file.name, bytes: new Uint8Array(0), size: file.size }
            : { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
        ),
      );
      // The merged corpora as of one moment: one deleted in another tab fails the merge instead of being left out.
      const extraArticles = (await readCorpora(db, message.mergeIds ?? [])).flatMap((corpus) => corpus.articles);
      let lastPost = 0;
      const outcome = await runImport(
        {
          name: message.name,
          files,
          mappings: message.mappings,
          extraArticles,
          origin: message.mergeIds?.length ? `merged from ${message.mergeIds.length} corpora` : undefined,
        },
        {
          progress(progress) {
            // A few updates a second are enough for a progress bar.
            const now = performance.now();
            if (now - lastPost > 100 || progress.done === progress.total) {
              lastPost = now;
              post({ type: 'progress', progress });
            }
          },
          // The page cancels by terminating this worker.
          cancelled: () => false,
          finder: places,
          db,
          newId: () => message.corpusId,
          now: () => new Date(),
        },
      );
      post({ type: 'outcome', outcome });
    } catch (error) {
      post({
        type: 'failed',
        message:
          error instanceof Error
            ? `${error.name === 'QuotaExceededError' ? 'the browser refused to store more: ' : ''}${error.message}`
            : String(error),
      });
    }
  })();
});
