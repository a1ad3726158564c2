-- Django: RunSQL removing duplicates with DELETE ... USING a self-join (keeping the lowest id) and rows of retired products, then AlterUniqueTogether adding the unique constraint the duplicates blocked
BEGIN;
--
-- Raw SQL operation
--
INSERT INTO shop_product (id, sku, retired) VALUES (100, 'A-1', FALSE), (101, 'B-2', TRUE);
INSERT INTO shop_tag (id, product_id, label) VALUES (100, 100, 'new'), (101, 100, 'new'), (102, 100, 'sale'), (103, 101, 'new'), (104, 100, 'sale');
DELETE FROM shop_tag a USING shop_tag b WHERE a.product_id = b.product_id AND a.label = b.label AND a.id > b.id;
--
-- Raw SQL operation
--
DELETE FROM shop_tag USING shop_product WHERE shop_product.id = shop_tag.product_id AND shop_product.retired;
--
-- Alter unique_together for tag (1 constraint(s))
--
ALTER TABLE "shop_tag" ADD CONSTRAINT "shop_tag_product_id_label_6a1f0d9e_uniq" UNIQUE ("product_id", "label");
COMMIT;
