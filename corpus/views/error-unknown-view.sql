-- S366: DROP VIEW of a view that does not exist; S325: DROP VIEW of a table; S305: CREATE VIEW over a table's name
DROP VIEW book_report;
DROP VIEW author;
CREATE VIEW book AS SELECT id FROM author;
