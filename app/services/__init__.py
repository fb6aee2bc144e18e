"""Use cases over the database: each function takes a `Database` first, opens one short
session, and returns plain frozen dataclasses (never ORM objects).

Errors the user must see are raised from `app.errors` with Chinese and English messages
and, for form input, the name of the field at fault.
"""
