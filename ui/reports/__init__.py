"""The manager's KPI dashboard: today, the week's and month's KPIs, drill-down, export."""
