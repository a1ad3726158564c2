-- ALTER INDEX ... RENAME TO on SQLite (no ALTER INDEX): DROP INDEX, then CREATE INDEX under the new name from the stored definition, keeping uniqueness, the partial predicate, DESC keys and expression keys; no table copy
ALTER INDEX account_live_region RENAME TO account_region_live;
ALTER INDEX account_score_expr RENAME TO account_double_score;
