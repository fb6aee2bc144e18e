"""The showroom desk (展厅): the sales pipeline board, leads, orders and delivery."""
