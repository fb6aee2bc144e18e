"""The manager's desk for trust: the audit log and the staff accounts."""
