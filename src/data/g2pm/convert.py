"""Converts g2pM's trained model (kakaobrain/g2pM, Apache-2.0) into g2pm.bin, once.

    python convert.py <g2pM model folder> g2pm.bin      # needs numpy (the pickles hold arrays)

g2pm.bin: "G2PM", a uint32 (little-endian) header length, a UTF-8 JSON header, zero padding to a
multiple of 4, then the tensors at the offsets the header gives (relative to the data start):
- header: {"chars": the vocabulary from id 4 on, one string (ids 0-3 are padding, unknown,
  sentence start, sentence end), "classes": the readings (CC-CEDICT style), "polyphones":
  {char: [class ids]} (g2pM's per-character reading lists, characters with more than one),
  "tensors": [{"name", "dtype": "f32" | "i8", "shape", "offset"}]}
- the embedding and the output layer as int8 with a float32 scale per row (value = int8 x scale),
  the LSTM and the hidden layer as float32. Quantising costs nothing measurable on CPP's dev split.
"""
import json
import pickle
import struct
import sys

import numpy as np

src, out = sys.argv[1], sys.argv[2]
load = lambda name: pickle.load(open(f"{src}/{name}", "rb"))
char2idx, class2idx, cedict, weights = load("char2idx.pkl"), load("class2idx.pkl"), load("digest_cedict.pkl"), load("np_ckpt.pkl")

specials = ["<PAD>", "<UNK>", "시", "끝"]
assert [char2idx[s] for s in specials] == [0, 1, 2, 3]
idx2char = sorted(char2idx.items(), key=lambda kv: kv[1])
assert [i for _, i in idx2char] == list(range(len(idx2char)))
rest = [c for c, _ in idx2char[4:]]
assert all(len(c) == 1 for c in rest)
classes = [c for c, _ in sorted(class2idx.items(), key=lambda kv: kv[1])]
polyphones = {c: [class2idx[p] for p in prons] for c, prons in cedict.items() if len(prons) > 1}

tensors, blobs, offset = [], [], 0


def add(name, array, dtype):
    global offset
    data = array.astype(np.float32 if dtype == "f32" else np.int8).tobytes()
    tensors.append({"name": name, "dtype": dtype, "shape": list(array.shape), "offset": offset})
    blobs.append(data)
    offset += len(data)
    pad = (-offset) % 4
    blobs.append(b"\0" * pad)
    offset += pad


def add_int8(name, matrix):
    peak = np.abs(matrix).max(axis=1)
    scale = np.where(peak > 0, peak / 127, 1).astype(np.float32)
    add(f"{name}.scale", scale, "f32")
    add(name, np.round(matrix / scale[:, None]), "i8")


for name in ["lstm.weight_ih_l0", "lstm.weight_hh_l0", "lstm.bias_ih_l0", "lstm.bias_hh_l0",
             "lstm.weight_ih_l0_reverse", "lstm.weight_hh_l0_reverse", "lstm.bias_ih_l0_reverse",
             "lstm.bias_hh_l0_reverse", "logit_layer.0.weight", "logit_layer.0.bias", "logit_layer.2.bias"]:
    add(name, weights[name], "f32")
add_int8("embedding.weight", weights["embedding.weight"])
add_int8("logit_layer.2.weight", weights["logit_layer.2.weight"])

header = json.dumps({"chars": "".join(rest), "classes": classes, "polyphones": polyphones, "tensors": tensors},
                    ensure_ascii=False, separators=(",", ":")).encode("utf-8")
head = b"G2PM" + struct.pack("<I", len(header)) + header
head += b"\0" * ((-len(head)) % 4)
with open(out, "wb") as f:
    f.write(head)
    for blob in blobs:
        f.write(blob)
