#!/usr/bin/env python3
"""Draws Hearth's icon (a flame on a warm rounded square) as PNGs, with no library beyond the
standard one, so the picture can be remade and changed here rather than in an image editor.

    python3 fx-client/src/main/icons/hearth_icon.py fx-client/src/main/resources/dev/hearth/client/theme/icons
"""
import math
import struct
import sys
import zlib
from pathlib import Path

SIZES = (16, 32, 48, 64, 128, 256)
SAMPLES = 4  # per axis: 16 samples per pixel for smooth edges

BACKGROUND = (232, 89, 12)     # ember orange
OUTER_FLAME = (255, 244, 230)  # near white
INNER_FLAME = (255, 192, 120)  # warm yellow


def rounded_square(x, y, radius=0.22):
    """Inside a square of side 1 with rounded corners."""
    dx = max(radius - x, x - (1 - radius), 0)
    dy = max(radius - y, y - (1 - radius), 0)
    return dx * dx + dy * dy <= radius * radius


def teardrop(x, y, cx, cy, r, tip_y):
    """A circle with a point above it: the circle plus the triangle of its tangents to the tip."""
    if (x - cx) ** 2 + (y - cy) ** 2 <= r * r:
        return True
    distance = cy - tip_y
    # The tangent points lie this far below the tip; below them the circle takes over.
    if not tip_y <= y <= tip_y + (distance * distance - r * r) / distance:
        return False
    half_angle = math.asin(r / distance)
    # Width of the cone at this height, measured from the tip down along the axis.
    half_width = (y - tip_y) * math.tan(half_angle)
    return abs(x - cx) <= half_width


def colour_at(x, y):
    if not rounded_square(x, y):
        return None
    if teardrop(x, y, 0.5, 0.76, 0.11, 0.40):
        return INNER_FLAME
    if teardrop(x, y, 0.5, 0.66, 0.22, 0.14):
        return OUTER_FLAME
    return BACKGROUND


def render(size):
    rows = []
    for py in range(size):
        row = bytearray([0])  # PNG filter: none
        for px in range(size):
            r = g = b = a = 0
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    c = colour_at((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size)
                    if c is not None:
                        r += c[0]
                        g += c[1]
                        b += c[2]
                        a += 1
            n = SAMPLES * SAMPLES
            row += bytes([r // a if a else 0, g // a if a else 0, b // a if a else 0, 255 * a // n])
        rows.append(bytes(row))
    return png(size, b"".join(rows))


def png(size, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for s in SIZES:
        (out / f"hearth-{s}.png").write_bytes(render(s))
