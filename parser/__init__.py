"""BaoCao Review core: read OCR'd Vietnamese reports and extract their data.

Pure Python; never imports Qt (tests/test_architecture.py checks it).
"""
__version__ = "0.1.0"
