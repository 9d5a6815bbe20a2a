"""The programme preview, printing and the wall-chart export."""
