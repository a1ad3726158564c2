-- UUID defaults from gen_random_uuid() (built in since PostgreSQL 13; pgcrypto too) and uuid-ossp: MySQL/MariaDB UUID(), which is version 1 (D466 for the random ones); SQLite has no UUID function (D467)
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
CREATE TABLE device (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    install_id UUID NOT NULL DEFAULT uuid_generate_v4(),
    boot_id UUID DEFAULT uuid_generate_v1(),
    name TEXT
);
