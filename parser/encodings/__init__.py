"""Decoders and encoders for the Vietnamese 8-bit encodings Python lacks (TCVN3,
VNI-Windows) plus Windows-1258 with its combining tones, and a measure of how
Vietnamese a decoded text looks (for picking the encoding of a file)."""
from __future__ import annotations

from . import cp1258, tcvn3, vni

# name as SourceInfo reports it -> module with decode(bytes) and encode(str); on a tie
# (a text too short to tell) the first wins: TCVN3 and VNI filled the archives, 1258 rarely
LEGACY = {"tcvn3": tcvn3, "vni": vni, "cp1258": cp1258}
