"""The customers desk: search, the customer window, vehicles."""
