"""Pieces every desk may use (no desk imports another; they meet here)."""
