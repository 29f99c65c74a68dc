"""BaoCao Review's window: a thin Qt shell over `parser` (models, views, undo commands; no parsing)."""
