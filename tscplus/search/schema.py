"""The tables each full-text backend keeps beside `SearchDocument`, as the search app's
migrations create them (see backends.py for how they are read)."""

from tscplus.search.backends import TITLE_WEIGHT

# The tables each backend keeps (created by the search app's migration on its own database).
DDL = {
    "sqlite": [
        # `ascii`: every non-ASCII character is part of a word, so Thai words stay whole; the terms
        # arrive already segmented and separated by spaces.
        "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(title, body, tokenize = 'ascii')",
        # `rank` is BM25 with the title weighing TITLE_WEIGHT times the body.
        f"INSERT INTO search_fts (search_fts, rank) VALUES ('rank', 'bm25({TITLE_WEIGHT}, 1.0)')",  # noqa: S608
    ],
    "postgresql": [
        # No foreign key: like the FTS5 table, rows follow their documents through the services
        # (and a key would stop Django's flush, which truncates the model tables alone).
        "CREATE TABLE IF NOT EXISTS search_pg (document_id bigint PRIMARY KEY,"
        " vector tsvector NOT NULL)",
        "CREATE INDEX IF NOT EXISTS search_pg_vector ON search_pg USING gin (vector)",
    ],
}
# The vocabulary spelling suggestions are drawn from (added by the search app's second migration).
VOCABULARY_DDL = {
    "sqlite": [
        "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts_vocab USING fts5vocab(search_fts, 'row')"
    ],
    "postgresql": [
        "CREATE TABLE IF NOT EXISTS search_vocab (term text PRIMARY KEY, documents integer NOT NULL)"
    ],
}
VOCABULARY_DROP = {
    "sqlite": ["DROP TABLE IF EXISTS search_fts_vocab"],
    "postgresql": ["DROP TABLE IF EXISTS search_vocab"],
}
DROP = {
    "sqlite": ["DROP TABLE IF EXISTS search_fts"],
    "postgresql": ["DROP TABLE IF EXISTS search_pg"],
}
