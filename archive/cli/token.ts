/**
 * Makes a reader's bearer token, or revokes one:
 *   npm run archive:token -- NAME [--ingest]    prints a new token for NAME (shown this once; only its hash is kept)
 *   npm run archive:token -- NAME --revoke      the token of NAME stops working (within 30 seconds on running servers)
 * --ingest lets the token add articles (POST /v1/articles) as well as ask.
 */
import { parseArgs } from 'node:util';
import { addReader, revokeReader } from '../server/readers';
import { fail, openArchive } from './local-archive';

const USAGE = 'usage: npm run archive:token -- NAME [--ingest | --revoke]';

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { ingest: { type: 'boolean', default: false }, revoke: { type: 'boolean', default: false } },
    });
  } catch (error) {
    fail('archive:token', `${(error as Error).message}; ${USAGE}`, 2);
  }
  const [name, ...extra] = parsed.positionals;
  if (!name || extra.length > 0 || (parsed.values.ingest && parsed.values.revoke)) fail('archive:token', USAGE, 2);
  const pool = await openArchive();
  try {
    if (parsed.values.revoke) {
      if (!(await revokeReader(pool, name))) fail('archive:token', `no reader named "${name}" with a token in use`);
      console.log(`revoked the token of "${name}"`);
    } else {
      const token = await addReader(pool, name, { mayIngest: parsed.values.ingest });
      console.error(
        `a token for "${name}"${parsed.values.ingest ? ', which may also add articles' : ''}; it is shown only now:`,
      );
      console.log(token);
    }
  } finally {
    await pool.end();
  }
}

await main().catch((error: unknown) => fail('archive:token', error));
