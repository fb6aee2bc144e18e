"""The lounge (客休区): refreshment orders, the bar's queue window and the lounge's TV screen."""
