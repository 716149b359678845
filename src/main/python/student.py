"""Trains the served network from scratch on a GPU, from `pack_faces.py`'s file, each face's target mixed
with teachers' scores (`teacher.py`'s files), and writes its weights for `moodbot import-weights`.

The same network, augmentations and loss as `teacher.py`, at the served width, on every training face.
Nothing is chosen here: the selection sets are scored (raw, centre crop) only to be reported, and the
candidates are chosen and calibrated on the CPU by the model card's rule. Output: `student.npz` (see
`save`), `student-report.txt`. See docs/teacher.md.
"""
import argparse
import copy
import csv
import gzip
import time

import numpy as np
import torch

from teacher import INPUT, accuracy, centre, existing_file, recipe_arguments, score, start, train_one


def teacher_targets(paths, keys):
    """The mean of the teachers' scores for each training face, in the pack's order."""
    total = np.zeros((len(keys), 7), np.float64)
    for path in paths:
        sums, counts = {}, {}
        with (gzip.open(path, "rt") if path.endswith(".gz") else open(path)) as f:
            rows = csv.reader(f)
            header = next(rows, [])
            if header != ["key"] + [f"p{k}" for k in range(7)]:
                raise SystemExit(f"{path}: not a teacher.py scores file (its first line is {','.join(header)[:60]!r})")
            for row in rows:
                p = np.array(row[1:8], np.float64)
                sums[row[0]] = sums.get(row[0], 0) + p
                counts[row[0]] = counts.get(row[0], 0) + 1
        missing = [k for k in keys if k not in sums]
        if missing:
            raise SystemExit(f"{path}: no scores for {len(missing)} training faces (first {missing[0]}): "
                             "score the same export")
        scores = np.stack([sums[k] / counts[k] for k in keys])
        total += scores / scores.sum(1, keepdims=True)
    return torch.from_numpy((total / len(paths)).astype(np.float32))


def save(model, path):
    """The parameters in the network's order, with a probe: random inputs and the logits the network
    gives for them in float32 on the CPU, which `moodbot import-weights` reproduces before it writes."""
    model = copy.deepcopy(model).float().cpu().eval()
    state = [v.detach().numpy() for k, v in model.state_dict().items() if not k.endswith("num_batches_tracked")]
    probe = torch.randn(4, 1, INPUT, INPUT, generator=torch.Generator().manual_seed(0))
    with torch.no_grad():
        logits = model(probe)
    np.savez(path, probe_input=probe.numpy(), probe_logits=logits.numpy(),
             **{f"p{i:03d}": a for i, a in enumerate(state)})


def main():
    ap = argparse.ArgumentParser()
    recipe_arguments(ap, width=0.5, dropout=0.0, epochs=100, seed=101)
    ap.add_argument("--teacher", action="append", default=[], type=existing_file,
                    help="teacher.py scores file; several: their mean")
    ap.add_argument("--teacher-weight", type=float, help="share of each target from the teachers (default 0.5)")
    ap.add_argument("--max-seconds", type=float, default=0, help="cut the epochs after the second to end training (not loading or scoring) within this")
    args = ap.parse_args()
    if args.teacher_weight is not None and not args.teacher:
        ap.error("--teacher-weight needs --teacher")
    args.teacher_weight = 0.5 if args.teacher_weight is None else args.teacher_weight
    if not 0 <= args.teacher_weight <= 1:
        ap.error(f"--teacher-weight must be within 0..1, got {args.teacher_weight}")
    started = time.time()
    dev, log, lines, sets, keys = start(args)
    train = sets.pop("train")
    if args.teacher:
        w = args.teacher_weight
        train["targets"] = (1 - w) * train["targets"] + w * teacher_targets(args.teacher, keys)
        log(f"targets: {1 - w:g} own, {w:g} the mean of {len(args.teacher)} teacher files")
    model = train_one(train, torch.arange(len(train["labels"])), args, dev, args.seed, args.epochs, log,
                      args.max_seconds)
    for name, s in sets.items():
        log(f"raw, centre crop, {name}: {accuracy(score([model], s['faces'], dev, views=centre), s['labels'])}")
    save(model, f"{args.out}/student.npz")
    log(f"done in {time.time() - started:.0f} s; {vars(args)}")
    with open(f"{args.out}/student-report.txt", "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
