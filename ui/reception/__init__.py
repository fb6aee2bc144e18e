"""The reception desk: arrivals, pop-ups, today's expected visitors."""
