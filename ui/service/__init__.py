"""The service desk: bookings calendar, work-order board, work orders."""
