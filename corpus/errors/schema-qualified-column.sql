-- A column qualified by a schema other than public (P213), and a name with four parts
UPDATE invoice SET amount = 1 WHERE billing.invoice.id = 1;
UPDATE invoice SET amount = 1 WHERE db.public.invoice.id = 1;
