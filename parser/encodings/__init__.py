"""Decoders and encoders for the Vietnamese 8-bit encodings Python lacks (TCVN3,
VNI-Windows) plus Windows-1258 with its combining tones, and a measure of how
Vietnamese a decoded text looks (for picking the encoding of a file)."""
from __future__ import annotations

from . import cp1258, tcvn3, vni

# name as SourceInfo reports it -> module with decode(bytes) and encode(str)
LEGACY = {"cp1258": cp1258, "tcvn3": tcvn3, "vni": vni}
