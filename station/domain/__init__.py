"""Domain model of the station: plain dataclasses, no database and no GUI imports."""
