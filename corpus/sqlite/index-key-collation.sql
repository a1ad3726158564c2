-- B501: an index key's own COLLATE has no place in the catalog, and an index SQLite recreates (this rename) would silently lose it, so the baseline is refused
ALTER INDEX account_region RENAME TO account_region_nocase;
