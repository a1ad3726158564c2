-- A rebuild adding a foreign key that existing rows violate: foreign_key_check finds them and the guard rolls everything back
ALTER TABLE voter ADD COLUMN note TEXT;
ALTER TABLE ballot ADD CONSTRAINT ballot_voter_fk FOREIGN KEY (voter_id) REFERENCES voter (id);
