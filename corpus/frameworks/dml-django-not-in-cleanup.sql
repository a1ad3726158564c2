-- Django: RunSQL cleaning orphans before a foreign key is added (NOT IN over a column that may hold NULL, so the subquery excludes them; NOT EXISTS for the reverse), then AddConstraint of the deferred foreign key
BEGIN;
--
-- Raw SQL operation
--
INSERT INTO shop_category (id, name) VALUES (100, 'tools'), (101, 'empty');
INSERT INTO shop_item (id, category_id, name) VALUES (100, 100, 'saw'), (101, 999, 'ghost'), (102, NULL, 'loose');
UPDATE shop_item SET category_id = NULL WHERE category_id NOT IN (SELECT id FROM shop_category);
DELETE FROM shop_category WHERE NOT EXISTS (SELECT 1 FROM shop_item WHERE shop_item.category_id = shop_category.id) AND shop_category.id >= 100;
--
-- Alter field category on item
--
ALTER TABLE "shop_item" ADD CONSTRAINT "shop_item_category_id_5f2a1c3b_fk_shop_category_id" FOREIGN KEY ("category_id") REFERENCES "shop_category" ("id") DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "shop_item_category_id_5f2a1c3b" ON "shop_item" ("category_id");
COMMIT;
