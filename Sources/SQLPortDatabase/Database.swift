// Live database access through libpq, libmariadb and libsqlite3.
