"""Group-level reports for emergency planning: pure functions over lists of row dicts.

`profile.build_profile(rows, by, today, policy)` computes a disclosure-controlled community
profile; `pdf`, `tabular` write it out. Nothing here touches a database or decrypts anything,
so the central registry can reuse the same functions over its own rows.
"""
