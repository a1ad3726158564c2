-- S304: an index that does not exist
DROP INDEX posts_body;
