"""The bundled sample report, its corrected text and its key."""
