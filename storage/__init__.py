"""Storage: the database (SQLModel + Alembic), the blob store and, later, the search index."""
