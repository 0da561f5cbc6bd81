-- The tables `veille migrate-warehouse` copies from the attached old file: every table of the
-- lake's schema but the migration bookkeeping (the lake keeps its own).
SELECT table_name FROM duckdb_tables()
WHERE database_name = 'old_warehouse' AND schema_name = 'main' AND table_name <> 'schema_migrations'
  AND table_name IN (SELECT table_name FROM duckdb_tables()
                     WHERE database_name = current_database() AND schema_name = 'main')
ORDER BY table_name
