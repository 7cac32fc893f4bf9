"""Keys, encryption at rest and password hashing (cryptography only; no database)."""
