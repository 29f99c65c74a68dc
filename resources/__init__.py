"""Language data, translations and screenshots shipped with BaoCao Review (see README.md here)."""
