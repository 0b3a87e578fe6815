/**
 * A reading thread of the ReadingPool (reading-pool.ts): it loads the gazetteer once and reads each
 * task's articles as the main thread would (archiveReading), replying with their readings in order.
 */
import { parentPort } from 'node:worker_threads';
import { loadGazetteer } from '../../scripts/lib/gazetteer-file';
import { PlaceFinder } from '../../utils/core/places/find-places';
import type { ReadingInput, ReadingReply } from './reading-pool';
import { archiveReading } from './read-for-archive';

const finder = new PlaceFinder(loadGazetteer());

parentPort!.on('message', ({ id, articles }: { id: number; articles: ReadingInput[] }) => {
  let reply: ReadingReply;
  try {
    reply = { id, readings: articles.map((article) => archiveReading({ id: '', ...article }, finder)) };
  } catch (error) {
    // Only the error's kind and message: the article's text stays out of logs.
    reply = { id, error: error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : 'unknown' };
  }
  parentPort!.postMessage(reply);
});
