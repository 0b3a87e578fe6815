/**
 * Readers and their bearer tokens. A token is shown once, when it is made, and kept only as its
 * SHA-256: a stolen database gives no working token. A fast hash is enough because tokens are 256
 * random bits, not passwords someone chose. Tokens found valid are remembered for a short while so
 * that each request does not ask PostgreSQL; a revoked token stops working within that while.
 */
import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';

export interface Reader {
  id: number;
  name: string;
  mayIngest: boolean;
}

const TOKEN_PREFIX = 'snt_';
const TOKEN_FORMAT = /^snt_[A-Za-z0-9_-]{43}$/;
export const READER_NAME = /^[A-Za-z0-9][A-Za-z0-9 ._@-]{0,79}$/;
/** How long a valid token is taken on trust before PostgreSQL is asked again. */
export const REMEMBER_MS = 30_000;
const REMEMBERED_AT_MOST = 10_000;

export const tokenHash = (token: string) => createHash('sha256').update(token).digest();

/** Adds a reader and returns its token, the only time it is ever seen. */
export async function addReader(pool: pg.Pool, name: string, { mayIngest = false } = {}): Promise<string> {
  if (!READER_NAME.test(name))
    throw new Error('a reader name is 1-80 letters, digits, spaces and ._@- (starting with a letter or digit)');
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const { rowCount } = await pool.query(
    'INSERT INTO readers (name, token_hash, may_ingest) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING',
    [name, tokenHash(token), mayIngest],
  );
  if (!rowCount) throw new Error(`there is a reader named "${name}" already`);
  return token;
}

/** Revokes a reader's token; false when there is no such reader. */
export async function revokeReader(pool: pg.Pool, name: string): Promise<boolean> {
  const { rowCount } = await pool.query(
    'UPDATE readers SET revoked_at = now() WHERE name = $1 AND revoked_at IS NULL',
    [name],
  );
  return Boolean(rowCount);
}

export class ReaderDirectory {
  private readonly remembered = new Map<string, { reader: Reader; until: number }>();

  constructor(
    private readonly pool: pg.Pool,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The reader a token belongs to, or null for a malformed, unknown or revoked one. */
  async find(token: string): Promise<Reader | null> {
    if (!TOKEN_FORMAT.test(token)) return null;
    const hash = tokenHash(token);
    const key = hash.toString('base64');
    const known = this.remembered.get(key);
    if (known && known.until > this.clock()) return known.reader;
    const { rows } = await this.pool.query<{ id: number; name: string; may_ingest: boolean }>(
      'SELECT id, name, may_ingest FROM readers WHERE token_hash = $1 AND revoked_at IS NULL',
      [hash],
    );
    const row = rows[0];
    if (!row) {
      this.remembered.delete(key);
      return null;
    }
    const reader = { id: row.id, name: row.name, mayIngest: row.may_ingest };
    if (this.remembered.size >= REMEMBERED_AT_MOST) this.remembered.clear();
    this.remembered.set(key, { reader, until: this.clock() + REMEMBER_MS });
    return reader;
  }
}
