-- UUID foreign keys referencing a SQLite baseline's CHAR(36) and TEXT keys (TEXT affinity, BINARY collation: the text sqlport's CHAR(36) holds), as alembic writes sa.Uuid columns
CREATE TABLE project (id UUID NOT NULL, workspace_id UUID NOT NULL, tag_id UUID, PRIMARY KEY (id), FOREIGN KEY(workspace_id) REFERENCES workspace (id), FOREIGN KEY(tag_id) REFERENCES tag (id));
ALTER TABLE project ADD COLUMN parent_tag UUID REFERENCES tag (id);
