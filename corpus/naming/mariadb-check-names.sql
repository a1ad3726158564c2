-- Constraints MariaDB (or MySQL 8) named itself resolve by PostgreSQL's names: the column check is MariaDB's `s` whatever the flavour, `CONSTRAINT_2`, `m_chk_4` and `m_ibfk_3` are read as unnamed
ALTER TABLE k DROP CONSTRAINT IF EXISTS k_s_check;
ALTER TABLE m DROP CONSTRAINT IF EXISTS m_s_check;
ALTER TABLE m DROP CONSTRAINT m_id_check;
ALTER TABLE m DROP CONSTRAINT m_k_id_fkey;
