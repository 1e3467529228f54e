"""The escalation monitor, over the event store: clustering of reports (cluster.py), dyad series, the escalation
index and the alert rules (aggregate.py), and charts (plot.py)."""
