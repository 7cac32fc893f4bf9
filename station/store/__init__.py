"""The encrypted enrolment store (the only package of the station that imports SQLAlchemy)."""
