"""The escalation monitor, over the event store: clustering of reports (cluster.py), dyad series and the escalation
index (aggregate.py), the alert rules (alerts.py) and charts (plot.py)."""
