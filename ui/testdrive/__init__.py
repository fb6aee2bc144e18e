"""The test-drive desk (试乘试驾): the fleet, bookings with a day view, drives out and back,
feedback, the agreement to sign."""
