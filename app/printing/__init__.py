"""Printed documents: pure reportlab rendering to PDF bytes, and handing them to the OS.

- `app.printing.quote_pdf`: `QuoteDocument`, `render_quote(doc) -> bytes`
- `app.printing.printer`: `save_pdf`, `print_pdf`, `list_printers`, `default_printer`
- `app.printing.fonts`: the embedded CJK font; `app.printing.layout`: shared page pieces
"""
