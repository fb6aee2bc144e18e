"""The back office's pages: the parts stock (配件库存)."""
