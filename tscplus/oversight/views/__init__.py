"""Pages of area oversight: one module per audience and part of the work."""
