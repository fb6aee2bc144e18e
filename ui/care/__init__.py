"""The care desk (客服关怀): the customer-care staff's page."""
