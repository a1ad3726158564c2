-- arrays have no MySQL form: D410 says what to write instead
CREATE TABLE tagged (id SERIAL PRIMARY KEY, tags TEXT[]);
