import Testing
@testable import SQLPort

/// Elekto 0.5 -> 0.6 for MySQL and MariaDB, as exact text.
@Suite("MySQL Elekto")
struct MySQLElektoTests {
    static let schema = """
    CREATE TABLE election (id SERIAL NOT NULL, key VARCHAR(255) NOT NULL, name VARCHAR(255),
        created_at TIMESTAMP WITHOUT TIME ZONE, updated_at TIMESTAMP WITHOUT TIME ZONE, PRIMARY KEY (id), UNIQUE (key));
    CREATE TABLE "user" (id SERIAL NOT NULL, username VARCHAR(255), name VARCHAR(255), token VARCHAR(255),
        token_expires_at TIMESTAMP WITHOUT TIME ZONE, created_at TIMESTAMP WITHOUT TIME ZONE,
        updated_at TIMESTAMP WITHOUT TIME ZONE, PRIMARY KEY (id), UNIQUE (username));
    CREATE TABLE ballot (id SERIAL NOT NULL, election_id INTEGER, rank INTEGER, candidate VARCHAR(255) NOT NULL,
        voter VARCHAR(255) NOT NULL, created_at TIMESTAMP WITHOUT TIME ZONE, updated_at TIMESTAMP WITHOUT TIME ZONE,
        PRIMARY KEY (id), FOREIGN KEY(election_id) REFERENCES election (id) ON DELETE CASCADE);
    CREATE TABLE request (id SERIAL NOT NULL, user_id INTEGER, election_id INTEGER, name VARCHAR(255),
        email VARCHAR(255), chat VARCHAR(255), description TEXT, comments TEXT, reviewed BOOLEAN,
        created_at TIMESTAMP WITHOUT TIME ZONE, updated_at TIMESTAMP WITHOUT TIME ZONE, PRIMARY KEY (id),
        FOREIGN KEY(user_id) REFERENCES "user" (id) ON DELETE CASCADE,
        FOREIGN KEY(election_id) REFERENCES election (id) ON DELETE CASCADE);
    CREATE TABLE voter (id SERIAL NOT NULL, user_id INTEGER, election_id INTEGER,
        created_at TIMESTAMP WITHOUT TIME ZONE, updated_at TIMESTAMP WITHOUT TIME ZONE, PRIMARY KEY (id),
        FOREIGN KEY(user_id) REFERENCES "user" (id) ON DELETE CASCADE,
        FOREIGN KEY(election_id) REFERENCES election (id) ON DELETE CASCADE);
    """

    static let migration = """
    CREATE TABLE schema_version ( version INT PRIMARY KEY );
    INSERT INTO schema_version VALUES ( 2 );
    ALTER TABLE voter ADD COLUMN salt BYTEA, ADD COLUMN ballot_id BYTEA;
    CREATE INDEX voter_election_id ON voter(election_id);
    ALTER TABLE ballot DROP COLUMN created_at, DROP COLUMN updated_at;
    ALTER TABLE ballot DROP CONSTRAINT ballot_pkey;
    ALTER TABLE ballot ALTER COLUMN id TYPE CHAR(32) USING to_char(id , 'FM00000000000000000000000000000000');
    ALTER TABLE ballot ALTER COLUMN id DROP DEFAULT;
    ALTER TABLE ballot ADD CONSTRAINT ballot_pkey PRIMARY KEY ( id );
    CREATE INDEX ballot_election_id ON ballot(election_id);
    """

    @Test func printMySQL() {
        let c = compileMySQL(Self.migration, schema: Self.schema, flavor: .mysql)
        print(c.text)
        print(c.result.diagnostics.map(\.message))
        let m = compileMySQL(Self.migration, schema: Self.schema, flavor: .mariadb)
        print(m.text)
    }
}
