"""One small operation per user action; the CLI and the Qt windows both call these."""
