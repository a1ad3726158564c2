-- Names in subqueries, UPDATE ... FROM and DELETE ... USING resolve as PostgreSQL resolves them: outer references, ambiguity across the target and FROM, ON not seeing the target, an alias hiding the table name, one-column subqueries, schemas other than public
UPDATE invoice SET status = (SELECT status FROM client WHERE client.id = invoice.client_id);
UPDATE invoice SET amount = 0 FROM client WHERE client.id = client_id AND status = 'gone';
UPDATE invoice SET amount = 1 FROM client JOIN client AS c2 ON c2.id = invoice.client_id WHERE client.id = c2.id;
DELETE FROM invoice AS i USING client WHERE client.id = invoice.client_id;
UPDATE invoice SET amount = (SELECT id, name FROM client WHERE client.id = invoice.client_id);
DELETE FROM invoice WHERE client_id IN (SELECT id, name FROM client);
DELETE FROM invoice WHERE EXISTS (SELECT 1 FROM client WHERE client.nickname = 'x' AND invoice.missing = 1);
UPDATE billing.invoice SET amount = 2;
DELETE FROM invoice USING archive.client WHERE client.id = invoice.client_id;
UPDATE invoice SET amount = 3 FROM client AS invoice WHERE invoice.id = 1;
