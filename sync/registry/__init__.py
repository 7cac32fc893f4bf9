"""The central registry: station certificates, batch import into PostgreSQL, cross-site
deduplication, acknowledgements, and its HTTP service."""
