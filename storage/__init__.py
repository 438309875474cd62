"""Storage: the database (SQLModel tables, Alembic migrations, the unit of work and its
repositories, the search index's tables among them), the audit chain, the content-addressed blob
store, the signature evidence records, the sweeper of files nobody holds, and the copy from
SQLite to PostgreSQL."""
