"""The sales desk: quotes and their list."""
