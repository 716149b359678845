"""Trains full-width VGG19-BN teachers on a GPU from `pack_faces.py`'s file and writes their scores.

K-fold teachers: teacher k trains on every training face outside fold k and scores fold k, so each
face's soft label comes from a network that never trained on it (a network's answers on its own
training faces are near one-hot and teach nothing). Folds are drawn per distinct face: FER2013 holds
pixel-identical twins, which share a fold and one line of the output. The mean of the K teachers scores the
selection sets (PublicTest and the calibration slices), as a report of the teachers' strength;
nothing is chosen on them. Output: `teacher-scores.csv` (key,p0..p6 in Emotion order, ten-crop),
`teacher-report.txt`. See docs/teacher.md for the whole loop.
"""
import argparse
import io
import math
import os
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

STAGES = [[64, 64], [128, 128], [256] * 4, [512] * 4, [512] * 4]
MEAN, STD = 0.5, 0.29
SIDE, INPUT = 48, 44
MIN_EPOCHS = 3


def vgg19bn(width, dropout):
    layers, channels = [], 1
    for stage in STAGES:
        for filters in stage:
            out = max(16, int(filters * width + 0.5))  # NetworkSpec.scaled: at least MIN_CHANNELS, Math.round
            layers += [nn.Conv2d(channels, out, 3, padding=1, bias=False), nn.BatchNorm2d(out), nn.ReLU(inplace=True)]
            channels = out
        layers.append(nn.MaxPool2d(2))
    layers += [nn.Flatten(), nn.Dropout(dropout), nn.Linear(channels, 7)]
    return nn.Sequential(*layers)


def decode(blob, count):
    """The faces of one `pack_faces.py` mosaic, in order, row by row."""
    from PIL import Image
    grid = np.asarray(Image.open(io.BytesIO(blob.tobytes())).convert("L"))
    rows, per_row = grid.shape[0] // SIDE, grid.shape[1] // SIDE
    faces = grid.reshape(rows, SIDE, per_row, SIDE).transpose(0, 2, 1, 3).reshape(-1, SIDE, SIDE)
    return np.ascontiguousarray(faces[:count])


def load(pack, name):
    faces = decode(pack[name + "/jpeg"], len(pack[name + "/labels"]))
    return {"faces": torch.from_numpy(faces), "labels": torch.from_numpy(pack[name + "/labels"].astype(np.int64)),
            "targets": torch.from_numpy(pack[name + "/targets"].astype(np.float32)),
            "photo": torch.from_numpy(pack[name + "/photo"].astype(bool))}


def augment(x, photo, gen):
    """x: (B,1,48,48) in 0..1. Rotation, scale, shift to a 44 crop, flip, photo degradations, jitter, erasing."""
    b, dev = x.shape[0], x.device
    r = lambda lo, hi: lo + (hi - lo) * torch.rand(b, device=dev, generator=gen)
    blur = (torch.rand(b, device=dev, generator=gen) < 0.3) & photo
    if blur.any():
        k = torch.tensor([1., 4., 6., 4., 1.], device=dev)
        k = (k[:, None] * k[None, :] / 256).view(1, 1, 5, 5)
        x = torch.where(blur.view(-1, 1, 1, 1), F.conv2d(F.pad(x, (2, 2, 2, 2), mode="replicate"), k), x)
    small = (torch.rand(b, device=dev, generator=gen) < 0.3)
    if small.any():
        down = F.interpolate(F.interpolate(x, size=24, mode="bilinear", align_corners=False), size=SIDE,
                             mode="bilinear", align_corners=False)
        x = torch.where(small.view(-1, 1, 1, 1), down, x)
    angle = r(-10, 10) * math.pi / 180
    scale = 1 / r(0.9, 1.1)
    flip = torch.where(torch.rand(b, device=dev, generator=gen) < 0.5, -1.0, 1.0)
    crop = INPUT / SIDE
    tx, ty = r(-1, 1) * (1 - crop), r(-1, 1) * (1 - crop)
    theta = torch.zeros(b, 2, 3, device=dev)
    theta[:, 0, 0] = torch.cos(angle) * scale * crop * flip
    theta[:, 0, 1] = -torch.sin(angle) * scale * crop
    theta[:, 1, 0] = torch.sin(angle) * scale * crop * flip
    theta[:, 1, 1] = torch.cos(angle) * scale * crop
    theta[:, 0, 2], theta[:, 1, 2] = tx, ty
    grid = F.affine_grid(theta, (b, 1, INPUT, INPUT), align_corners=False)
    x = F.grid_sample(x, grid, mode="bilinear", padding_mode="border", align_corners=False)
    noise = (torch.rand(b, device=dev, generator=gen) < 0.3).view(-1, 1, 1, 1)
    x = x + noise * torch.randn(x.shape, device=dev, generator=gen) * r(0, 0.04).view(-1, 1, 1, 1)
    x = (x - 0.5) * r(0.8, 1.2).view(-1, 1, 1, 1) + 0.5 + r(-20, 20).view(-1, 1, 1, 1) / 255
    x = x.clamp(0, 1)
    erase = torch.rand(b, device=dev, generator=gen) < 0.3
    if erase.any():
        h = (r(0.15, 0.45) * INPUT).long().view(-1, 1, 1)
        w = (r(0.15, 0.45) * INPUT).long().view(-1, 1, 1)
        top = (r(0, 1) * (INPUT - h.view(-1))).long().view(-1, 1, 1)
        left = (r(0, 1) * (INPUT - w.view(-1))).long().view(-1, 1, 1)
        ys = torch.arange(INPUT, device=dev).view(1, -1, 1)
        xs = torch.arange(INPUT, device=dev).view(1, 1, -1)
        box = (ys >= top) & (ys < top + h) & (xs >= left) & (xs < left + w) & erase.view(-1, 1, 1)
        x = torch.where(box.unsqueeze(1), torch.rand(x.shape, device=dev, generator=gen), x)
    return (x - MEAN) / STD


def ten_crop(x):
    """x: (B,1,48,48) in 0..1 -> ten normalised (B,1,44,44) views: four corners and the centre, each mirrored."""
    s, views = SIDE - INPUT, []
    for top, left in [(0, 0), (0, s), (s, 0), (s, s), (s // 2, s // 2)]:
        v = x[:, :, top:top + INPUT, left:left + INPUT]
        views += [v, v.flip(3)]
    return [(v - MEAN) / STD for v in views]


def centre(x):
    """x: (B,1,48,48) in 0..1 -> the normalised centre crop, the one view the selection sets are read with."""
    top = (SIDE - INPUT) // 2
    return [(x[:, :, top:top + INPUT, top:top + INPUT] - MEAN) / STD]


def accuracy(p, labels):
    return f"{(p.argmax(1) == labels).float().mean() * 100:.2f}% of {len(labels)}"


@torch.no_grad()
def score(models, faces, dev, views=ten_crop, batch=1024):
    """The mean probabilities of `models` over `views` of each face."""
    out = []
    for m in models:
        m.eval()
    for i in range(0, len(faces), batch):
        x = faces[i:i + batch].to(dev).float().unsqueeze(1) / 255
        p, crops = 0, views(x)
        for v in crops:
            for m in models:
                with torch.autocast(device_type=dev.type, dtype=torch.bfloat16, enabled=dev.type == "cuda"):
                    logits = m(v.contiguous(memory_format=torch.channels_last))
                p = p + F.softmax(logits.float(), dim=1)
        out.append((p / (len(crops) * len(models))).cpu())
    return torch.cat(out)


def train_one(train, idx, args, dev, seed, epochs, log, max_seconds=0):
    """Trains one network on `train`'s faces at `idx`. With max_seconds, the epoch count is cut after
    the second epoch (the first pays for cuDNN's autotuning) to what fits in that much training time
    (loading and scoring not counted), never under MIN_EPOCHS, and the schedule follows."""
    started = time.time()
    torch.manual_seed(seed)
    gen = torch.Generator(device=dev)
    gen.manual_seed(seed)
    model = vgg19bn(args.width, args.dropout).to(dev).to(memory_format=torch.channels_last)
    decay = [p for n, p in model.named_parameters() if p.ndim > 1]
    rest = [p for n, p in model.named_parameters() if p.ndim <= 1]
    opt = torch.optim.SGD([{"params": decay, "weight_decay": args.weight_decay}, {"params": rest, "weight_decay": 0}],
                          lr=args.lr, momentum=0.9, nesterov=True)
    faces = train["faces"][idx].to(dev)
    targets = train["targets"][idx].to(dev)
    photo = train["photo"][idx].to(dev)
    weight = torch.where(photo, float(args.photo_repeat), 1.0)
    counts = torch.bincount(train["labels"][idx], minlength=7).float()
    class_weight = ((counts.mean() / counts.clamp(min=1)) ** args.class_weight_power).to(dev)
    targets = targets * (1 - args.label_smoothing) + args.label_smoothing / 7
    steps_per_epoch = math.ceil(float(weight.sum()) / args.batch)
    total = steps_per_epoch * epochs
    warm = steps_per_epoch
    step = 0
    epoch = 0
    while epoch < epochs:
        model.train()
        chosen = torch.multinomial(weight, steps_per_epoch * args.batch, replacement=True, generator=gen)
        loss_sum, loss_samples = 0.0, 0
        for s in range(steps_per_epoch):
            lr = args.lr * (step + 1) / warm if step < warm else \
                args.lr * 0.5 * (1 + math.cos(math.pi * (step - warm) / max(1, total - warm)))
            for g in opt.param_groups:
                g["lr"] = lr
            b = chosen[s * args.batch:(s + 1) * args.batch]
            x = augment(faces[b].float().unsqueeze(1) / 255, photo[b], gen).contiguous(memory_format=torch.channels_last)
            with torch.autocast(device_type=dev.type, dtype=torch.bfloat16, enabled=dev.type == "cuda"):
                logits = model(x)
            t = targets[b]
            loss = (-(t * F.log_softmax(logits.float(), 1)).sum(1) * (t @ class_weight)).mean()
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            step += 1
            if s % 50 == 0:
                loss_sum, loss_samples = loss_sum + loss.item(), loss_samples + 1
        if dev.type == "cuda":
            torch.cuda.synchronize()
        if max_seconds and epoch == 1:
            spent, second = time.time() - started, time.time() - second_started
            fits = max(MIN_EPOCHS, 2 + int((max_seconds - spent) / second))
            if fits < epochs:
                log(f"  seed {seed}: {second:.1f} s per epoch, {epochs} epochs cut to {fits} to end training within "
                    f"{max_seconds:g} s (at least {MIN_EPOCHS}, so that the schedule cools)")
                epochs, total = fits, steps_per_epoch * fits
        second_started = time.time()
        if epoch == 0 or (epoch + 1) % 10 == 0 or epoch + 1 == epochs:
            log(f"  seed {seed} epoch {epoch + 1}/{epochs} lr {lr:.4f} loss~{loss_sum / loss_samples:.3f}"
                f" {time.time() - started:.0f} s")
        epoch += 1
    return model


def existing_file(path):
    """An argparse type: a file that is there, or one line naming it."""
    if not os.path.isfile(path):
        raise argparse.ArgumentTypeError(f"no such file: {path}")
    return path


def recipe_arguments(ap, width, dropout, epochs, seed):
    """The options `teacher.py` and `student.py` share: the pack, the output, the network and the recipe."""
    ap.add_argument("--pack", required=True, type=existing_file, help="pack_faces.py's file")
    ap.add_argument("--out", required=True)
    ap.add_argument("--epochs", type=int, default=epochs)
    ap.add_argument("--width", type=float, default=width)
    ap.add_argument("--dropout", type=float, default=dropout)
    ap.add_argument("--batch", type=int, default=256)
    ap.add_argument("--lr", type=float, default=0.02)
    ap.add_argument("--weight-decay", type=float, default=5e-4)
    ap.add_argument("--label-smoothing", type=float, default=0.05)
    ap.add_argument("--class-weight-power", type=float, default=0.3)
    ap.add_argument("--photo-repeat", type=float, default=2)
    ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("--limit", type=int, default=0,
                    help="first N faces of each set, a smoke test (the calibration slices are sorted by class)")


def start(args):
    """The output folder, the device, a log that is also kept (its lines), the pack's sets cut to --limit,
    and the training faces' keys."""
    os.makedirs(args.out, exist_ok=True)
    dev = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    torch.backends.cudnn.benchmark = True
    lines = []

    def log(text):
        print(text, flush=True)
        lines.append(text)

    pack = np.load(args.pack)
    if "train/keys" not in pack.files:
        raise SystemExit(f"{args.pack}: no training faces: pack an export of train --export-faces with pack_faces.py")
    names = [n[:-len("/labels")] for n in pack.files if n.endswith("/labels")]
    sets = {n: load(pack, n) for n in names}
    if args.limit:
        sets = {n: {k: v[:args.limit] for k, v in s.items()} for n, s in sets.items()}
    keys = [bytes(k).decode() for k in pack["train/keys"][:len(sets["train"]["labels"])]]
    log(f"device {torch.cuda.get_device_name() if dev.type == 'cuda' else 'cpu'}, torch {torch.__version__}; "
        f"{len(keys)} training faces ({len(set(keys))} distinct), sets {[n for n in sets if n != 'train']}")
    return dev, log, lines, sets, keys


def main():
    ap = argparse.ArgumentParser()
    recipe_arguments(ap, width=1.0, dropout=0.3, epochs=64, seed=71)
    ap.add_argument("--folds", type=int, default=4)
    args = ap.parse_args()
    started = time.time()
    dev, log, lines, sets, keys = start(args)
    train = sets.pop("train")
    n = len(train["labels"])
    distinct, first, twin_of = np.unique(np.array(keys), return_index=True, return_inverse=True)
    fold = torch.from_numpy((np.random.default_rng(args.seed).permutation(len(distinct)) % args.folds)[twin_of])
    epochs = args.epochs
    scores = torch.zeros(n, 7)
    teachers = []
    for k in range(args.folds):
        t0 = time.time()
        model = train_one(train, torch.nonzero(fold != k).view(-1), args, dev, args.seed + k, epochs, log)
        held = torch.nonzero(fold == k).view(-1)
        scores[held] = score([model], train["faces"][held], dev)
        acc = (scores[held].argmax(1) == train["labels"][held]).float().mean()
        log(f"teacher {k}: {time.time() - t0:.0f} s; accuracy on its held-out fold {acc * 100:.2f}%")
        teachers.append(model)
    for name, s in sets.items():
        p = score(teachers, s["faces"], dev)
        log(f"mean of {len(teachers)} teachers, ten-crop, {name}: {accuracy(p, s['labels'])}")
    with open(f"{args.out}/teacher-scores.csv", "w") as f:
        f.write("key," + ",".join(f"p{k}" for k in range(7)) + "\n")
        for i in sorted(first):
            f.write(keys[i] + "," + ",".join(f"{v:.5f}" for v in scores[i].tolist()) + "\n")
    log(f"done in {time.time() - started:.0f} s; {vars(args)}")
    with open(f"{args.out}/teacher-report.txt", "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
