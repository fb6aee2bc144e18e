"""The customer's voice on the desk: complaints with their SLA clocks, and surveys."""
