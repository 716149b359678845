"""Packs `moodbot train --export-faces DIR` into one small file for a GPU machine: each set's faces as
one JPEG mosaic (quality --quality), with labels, targets, the real-photo mark and, for the training faces,
the key `TeacherScores` joins on (first 16 hex digits of the SHA-256 of the exact exported pixels).
Usage: python3 pack_faces.py DIR OUT.npz [--quality 92]"""
import argparse
import glob
import hashlib
import io
import os

import numpy as np
from PIL import Image

PIXELS = 48 * 48
PER_ROW = 64
MAX_JPEG_SIDE = 65535
RECORD = np.dtype([("label", "u1"), ("photo", "u1"), ("target", "<f4", 7), ("pixels", "u1", PIXELS)])


def read(path):
    with open(path, "rb") as f:
        if f.read(4) != b"MBF1":
            raise SystemExit(f"{path}: not a moodbot face export")
        count = int(np.frombuffer(f.read(4), "<i4")[0])
        body = f.read()
    if len(body) != count * RECORD.itemsize:
        raise SystemExit(f"{path}: {count} faces announced, {len(body)} bytes of records: export it again")
    return np.frombuffer(body, RECORD, count)


def mosaic(pixels, quality):
    """One JPEG of every face, PER_ROW to a row: 48 is a multiple of JPEG's 8-pixel blocks, so no face
    bleeds into its neighbour, and the headers are paid once instead of per face."""
    rows = -(-len(pixels) // PER_ROW)
    if rows * 48 > MAX_JPEG_SIDE:
        raise SystemExit(f"{len(pixels)} faces make a mosaic taller than JPEG allows "
                         f"({MAX_JPEG_SIDE // 48 * PER_ROW} at most): export fewer")
    grid = np.zeros((rows * PER_ROW, 48, 48), np.uint8)
    grid[:len(pixels)] = pixels.reshape(-1, 48, 48)
    grid = grid.reshape(rows, PER_ROW, 48, 48).transpose(0, 2, 1, 3).reshape(rows * 48, PER_ROW * 48)
    buf = io.BytesIO()
    Image.fromarray(grid).save(buf, "JPEG", quality=quality, optimize=True)
    return np.frombuffer(buf.getvalue(), np.uint8)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("out")
    ap.add_argument("--quality", type=int, default=92)
    args = ap.parse_args()
    paths = sorted(glob.glob(os.path.join(args.dir, "*.bin")))
    if not any(os.path.basename(p) == "train.bin" for p in paths):
        raise SystemExit(f"{args.dir}: no train.bin: write it with moodbot train ... --export-faces {args.dir}")
    arrays = {}
    for path in paths:
        name = os.path.basename(path)[:-4]
        faces = read(path)
        arrays[name + "/jpeg"] = mosaic(faces["pixels"], args.quality)
        arrays[name + "/labels"] = faces["label"].copy()
        arrays[name + "/photo"] = faces["photo"].copy()
        arrays[name + "/targets"] = faces["target"].astype(np.float16)
        if name == "train":
            arrays[name + "/keys"] = np.array([hashlib.sha256(p.tobytes()).hexdigest()[:16].encode()
                                               for p in faces["pixels"]], dtype="S16")
        print(f"{name}: {len(faces)} faces, {len(arrays[name + '/jpeg']) / 1e6:.1f} MB of JPEG")
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    np.savez(args.out, **arrays)


if __name__ == "__main__":
    main()
