-- The archive's first schema: articles and what the core read of them, the counts ranking weighs
-- them by, and the readers allowed to ask. Applied once, in one transaction (archive/db/migrate.ts).

-- The one place an article's id is unique. Articles are partitioned by month, and PostgreSQL keeps a
-- partitioned table's unique keys only within each partition; inserting here first, with ON CONFLICT
-- DO NOTHING, is what makes an ingest idempotent. seq is the archive's article order.
CREATE TABLE article_keys (
  id text COLLATE "C" PRIMARY KEY,
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  -- SHA-256 of the text folded as the importer compares texts: the same text under two ids is refused.
  text_hash bytea NOT NULL UNIQUE,
  month date
);

CREATE TABLE articles (
  seq bigint NOT NULL,
  -- First day of the article's month (UTC); null when it has no date or one outside 1900-2199.
  month date,
  id text COLLATE "C" NOT NULL,
  title text,
  source text,
  url text,
  date text,
  byline text,
  text text NOT NULL,
  -- The core's content terms of the title and the text, with positions: what full-text search ranks.
  terms tsvector NOT NULL,
  term_count integer NOT NULL,
  -- The places it mentions, each with its mentions and where the first is (PlaceTally), in parallel arrays.
  place_ids text[] NOT NULL,
  place_counts integer[] NOT NULL,
  place_first_starts integer[] NOT NULL,
  place_first_ends integer[] NOT NULL,
  ingested_at timestamptz NOT NULL DEFAULT now()
) PARTITION BY RANGE (month);

-- Monthly partitions are made as articles arrive (archive/ingest/partitions.ts). The undated ones go
-- here; the check lets PostgreSQL add a month without scanning this partition.
CREATE TABLE articles_undated PARTITION OF articles DEFAULT;
ALTER TABLE articles_undated ADD CONSTRAINT articles_undated_only CHECK (month IS NULL);

CREATE INDEX articles_seq ON articles (seq);
CREATE INDEX articles_terms ON articles USING gin (terms);
CREATE INDEX articles_places ON articles USING gin (place_ids);

-- Which articles mention a place most: the hover card's corpus articles, and the counts of rarity.
CREATE TABLE article_places (
  place_id text COLLATE "C" NOT NULL,
  article_seq bigint NOT NULL,
  mentions integer NOT NULL,
  -- The article's date as written, '' when none: the core breaks ties by it, as text.
  date_key text COLLATE "C" NOT NULL,
  PRIMARY KEY (place_id, article_seq)
);
CREATE INDEX article_places_most ON article_places (place_id, mentions DESC, date_key DESC, article_seq);

-- The figures the corpus index keeps (claims/claim-table.ts), one row each, in the article's order.
CREATE TABLE figures (
  article_seq bigint NOT NULL,
  position integer NOT NULL,
  text text NOT NULL,
  kind text NOT NULL,
  value double precision NOT NULL,
  high double precision,
  unit text,
  qualifier text,
  bound text NOT NULL,
  as_of text,
  start_at integer NOT NULL,
  end_at integer NOT NULL,
  sentence_start integer NOT NULL,
  sentence_end integer NOT NULL,
  -- Subject: [{"id", "name", "within"}] and the words around the figure.
  subject_places jsonb NOT NULL,
  subject_terms text[] NOT NULL,
  -- Frame: what the figure measures.
  measure text NOT NULL,
  event text,
  nature text NOT NULL,
  period text,
  since text,
  holders text[] NOT NULL,
  modifiers text[] NOT NULL,
  recipients text[] NOT NULL,
  of_places text[] NOT NULL,
  PRIMARY KEY (article_seq, position)
);

-- From "kind, measure, place" (or "*", any place) to the articles with such a figure, as the
-- index's claim postings: "percentages of territory about Donetsk".
CREATE TABLE figure_postings (
  key text COLLATE "C" NOT NULL,
  article_seq bigint NOT NULL,
  PRIMARY KEY (key, article_seq)
);

-- The whole archive's counts, kept as articles arrive, in the same transaction: how many articles
-- hold each term and mention each place, and how many articles and terms there are.
CREATE TABLE term_frequencies (
  term text COLLATE "C" PRIMARY KEY,
  articles integer NOT NULL
);
CREATE TABLE place_frequencies (
  place_id text COLLATE "C" PRIMARY KEY,
  articles integer NOT NULL
);
CREATE TABLE archive_totals (
  single boolean PRIMARY KEY DEFAULT true CHECK (single),
  articles bigint NOT NULL,
  terms bigint NOT NULL
);
INSERT INTO archive_totals (articles, terms) VALUES (0, 0);

-- Who may ask: one bearer token per reader, kept only as its SHA-256.
CREATE TABLE readers (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL UNIQUE,
  token_hash bytea NOT NULL UNIQUE,
  may_ingest boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
