-- Answers look up each of a page's rarest terms in the terms index of every monthly partition.
-- With GIN's fast update, the articles inserted since the last VACUUM wait in a pending list (up to
-- 4 MB an index) that every lookup reads through from end to end: a few lookups are cheap, a page's
-- hundreds across all months were not. Without it each article's terms go into the index as it is
-- stored (the ingest does a little more) and a lookup reads only its term's entries. A partitioned
-- index's storage parameters cannot be altered, so it is made again; the partitions made later
-- (archive/ingest/partitions.ts) take its parameters.
DROP INDEX articles_terms;
CREATE INDEX articles_terms ON articles USING gin (terms) WITH (fastupdate = off);
