"""Qt widgets, item models and dialogs: one package per section, common/ for shared pieces."""
