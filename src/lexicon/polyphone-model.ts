import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from './data-files.js';
import { trace } from '../trace.js';
import { EMBEDDING, GATES, HIDDEN, SCRATCH_BYTES, lstmKernel, type LstmKernel } from './lstm-kernel.js';

/**
 * g2pM (Park & Lee, Interspeech 2020; kakaobrain/g2pM, Apache-2.0): a character BiLSTM trained
 * on CPP that reads a polyphonic character in its sentence. Its weights ship converted in
 * src/data/g2pm/g2pm.bin (see convert.py there), half a megabyte read once, on first use.
 *
 * Network: embedding (64) → one bidirectional LSTM layer (32 each way) → at the character, the
 * two states concatenated → dense 32, ReLU → one logit per reading. The input projection of
 * each character (W_ih·e + both biases) is computed once and kept, so a step of the recurrence
 * costs W_hh·h (128 × 32) and the cell; both run in lstm-kernel.ts.
 */
export interface PolyphoneModel {
  /** The readings (CC-CEDICT style, `lu:4`) g2pM chooses among for `char`; undefined if it has one. */
  readingsOf(char: string): readonly string[] | undefined;
  /** The reading g2pM always gives `char` where it stands alone (src/data/g2pm/alone.json), if any. */
  aloneReading(char: string): string | undefined;
  /**
   * For each index of `targets` (indexes into `chars`, each a character readingsOf knows), the
   * logits of its readings, in readingsOf's order. At most MAX_CHARS characters.
   */
  score(chars: readonly string[], targets: readonly number[]): Float32Array[];
}

/** The longest text score() reads at once (a sentence, or a window of one). */
export const MAX_CHARS = 1022;

const DATA_DIR = path.join(packageRoot, 'src', 'data', 'g2pm');
const MODEL_FILE = path.join(DATA_DIR, 'g2pm.bin');
const ALONE_FILE = path.join(DATA_DIR, 'alone.json');
const UNK = 1;
const BOS = 2;
const EOS = 3;

interface Header {
  chars: string;
  classes: string[];
  polyphones: Record<string, number[]>;
  tensors: { name: string; dtype: 'f32' | 'i8'; shape: number[]; offset: number }[];
}

/** Byte addresses of one direction's parts in the kernel's memory. */
interface Direction {
  /** W_ih, transposed (EMBEDDING × GATES). */
  ih: number;
  /** W_hh, transposed (HIDDEN × GATES). */
  hh: number;
  /** b_ih + b_hh. */
  bias: number;
  /** Its half of each character's projection: PROJECTIONS_AT + 0 (forward) or + GATES floats. */
  projections: number;
  /** Its hidden states, HIDDEN floats per step. */
  states: number;
}

/**
 * The kernel's memory, in bytes: both directions' weights, scratch space, the ids of the text
 * being read, the hidden states, then every character's input projections (2 × GATES floats).
 */
const IH_BYTES = EMBEDDING * GATES * 4;
const HH_BYTES = HIDDEN * GATES * 4;
const WEIGHT_BYTES = IH_BYTES + HH_BYTES + GATES * 4;
const SCRATCH_AT = 2 * WEIGHT_BYTES;
const X_AT = SCRATCH_AT + SCRATCH_BYTES;
const IDS_AT = X_AT + EMBEDDING * 4;
const STATES_AT = IDS_AT + (MAX_CHARS + 2) * 4;
const STATES_BYTES = (MAX_CHARS + 2) * HIDDEN * 4;
const PROJECTIONS_AT = STATES_AT + 2 * STATES_BYTES;
const direction = (n: 0 | 1): Direction => ({
  ih: n * WEIGHT_BYTES,
  hh: n * WEIGHT_BYTES + IH_BYTES,
  bias: n * WEIGHT_BYTES + IH_BYTES + HH_BYTES,
  projections: PROJECTIONS_AT + n * GATES * 4,
  states: STATES_AT + n * STATES_BYTES,
});
const FORWARD = direction(0);
const BACKWARD = direction(1);

class G2pm implements PolyphoneModel {
  /** Vocabulary ids of characters in the Basic Multilingual Plane, by UTF-16 code (0: not in it). */
  private readonly bmpIds = new Int32Array(0x10000);
  /** …and of the others. */
  private readonly astralIds = new Map<string, number>();
  private readonly readings = new Map<string, { names: string[]; classes: Int32Array }>();
  private readonly alone: Map<string, string>;
  private readonly embedding: Int8Array;
  private readonly embeddingScale: Float32Array;
  private readonly hiddenW: Float32Array;
  private readonly hiddenB: Float32Array;
  private readonly outW: Int8Array;
  private readonly outScale: Float32Array;
  private readonly outB: Float32Array;
  private readonly kernel: LstmKernel;
  /** The kernel's memory as float32, and as int32 (for the ids). */
  private readonly memory: Float32Array;
  private readonly ids: Int32Array;
  private readonly scratchIds = new Int32Array(MAX_CHARS + 2);
  /** Which ids have their projections at PROJECTIONS_AT (2 × GATES floats per id). */
  private readonly projected: Uint8Array;

  constructor(bytes: Buffer, alone: Record<string, string>) {
    if (bytes.toString('latin1', 0, 4) !== 'G2PM') throw new Error(`${MODEL_FILE}: not a g2pM model file`);
    const headerLength = bytes.readUInt32LE(4);
    const header = JSON.parse(bytes.toString('utf8', 8, 8 + headerLength)) as Header;
    const dataStart = 8 + headerLength + ((4 - ((8 + headerLength) % 4)) % 4);
    // One aligned copy: typed-array views need their element alignment.
    const data = new Uint8Array(bytes.length - dataStart);
    data.set(bytes.subarray(dataStart));
    const tensor = <T extends 'f32' | 'i8'>(name: string, dtype: T): T extends 'f32' ? Float32Array : Int8Array => {
      const t = header.tensors.find((x) => x.name === name);
      if (!t || t.dtype !== dtype) throw new Error(`${MODEL_FILE}: no ${dtype} tensor ${name}`);
      const n = t.shape.reduce((a, b) => a * b, 1);
      return (dtype === 'f32' ? new Float32Array(data.buffer, t.offset, n) : new Int8Array(data.buffer, t.offset, n)) as never;
    };
    let id = 4;
    for (const c of header.chars) {
      if (c.length === 1) this.bmpIds[c.charCodeAt(0)] = id++;
      else this.astralIds.set(c, id++);
    }
    for (const [c, classes] of Object.entries(header.polyphones)) {
      this.readings.set(c, { names: classes.map((k) => header.classes[k]), classes: Int32Array.from(classes) });
    }
    this.alone = new Map(Object.entries(alone));
    this.embedding = tensor('embedding.weight', 'i8');
    this.embeddingScale = tensor('embedding.weight.scale', 'f32');
    this.hiddenW = tensor('logit_layer.0.weight', 'f32');
    this.hiddenB = tensor('logit_layer.0.bias', 'f32');
    this.outW = tensor('logit_layer.2.weight', 'i8');
    this.outScale = tensor('logit_layer.2.weight.scale', 'f32');
    this.outB = tensor('logit_layer.2.bias', 'f32');
    const vocabulary = this.embeddingScale.length;
    this.kernel = lstmKernel(PROJECTIONS_AT + vocabulary * 2 * GATES * 4);
    this.memory = new Float32Array(this.kernel.memory.buffer);
    this.ids = new Int32Array(this.kernel.memory.buffer);
    this.projected = new Uint8Array(vocabulary);
    for (const [dir, suffix] of [[FORWARD, ''], [BACKWARD, '_reverse']] as const) {
      this.transposed(tensor(`lstm.weight_ih_l0${suffix}`, 'f32'), EMBEDDING, dir.ih);
      this.transposed(tensor(`lstm.weight_hh_l0${suffix}`, 'f32'), HIDDEN, dir.hh);
      const bih = tensor(`lstm.bias_ih_l0${suffix}`, 'f32');
      const bhh = tensor(`lstm.bias_hh_l0${suffix}`, 'f32');
      for (let g = 0; g < GATES; g++) this.memory[dir.bias / 4 + g] = bih[g] + bhh[g];
    }
  }

  /** Stores a GATES × `inputs` matrix transposed at byte address `at`, as the kernel reads it. */
  private transposed(w: Float32Array, inputs: number, at: number): void {
    for (let g = 0; g < GATES; g++) for (let k = 0; k < inputs; k++) this.memory[at / 4 + k * GATES + g] = w[g * inputs + k];
  }

  aloneReading(char: string): string | undefined {
    return this.alone.get(char);
  }

  readingsOf(char: string): readonly string[] | undefined {
    return this.readings.get(char)?.names;
  }

  score(chars: readonly string[], targets: readonly number[]): Float32Array[] {
    if (targets.length === 0) return [];
    if (chars.length > MAX_CHARS) throw new Error(`g2pM reads at most ${MAX_CHARS} characters at once`);
    // Positions shift by one: the sentence-start symbol comes first. The ids are put together
    // here and copied into the kernel's memory at once (element access to memory is slower).
    const n = chars.length + 2;
    const ids = this.scratchIds;
    ids[0] = BOS;
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i];
      const id = (c.length === 1 ? this.bmpIds[c.charCodeAt(0)] : this.astralIds.get(c)) || UNK;
      if (!this.projected[id]) this.project(id);
      ids[i + 1] = id;
    }
    ids[n - 1] = EOS;
    if (!this.projected[BOS]) this.project(BOS);
    if (!this.projected[EOS]) this.project(EOS);
    let first = Infinity;
    let last = -1;
    for (const t of targets) {
      first = Math.min(first, t + 1);
      last = Math.max(last, t + 1);
    }
    // Forward over 0..last; backward over n-1..first (the ids reversed), its state for position t
    // at step n-1-t.
    this.ids.set(ids.subarray(0, last + 1), IDS_AT / 4);
    this.kernel.run(FORWARD.hh, FORWARD.projections, IDS_AT, last + 1, FORWARD.states, SCRATCH_AT);
    ids.subarray(0, n).reverse();
    this.ids.set(ids.subarray(0, n - first), IDS_AT / 4);
    this.kernel.run(BACKWARD.hh, BACKWARD.projections, IDS_AT, n - first, BACKWARD.states, SCRATCH_AT);
    return targets.map((t) =>
      this.logits(FORWARD.states / 4 + (t + 1) * HIDDEN, BACKWARD.states / 4 + (n - 2 - t) * HIDDEN, this.readings.get(chars[t])!.classes),
    );
  }

  /** W_ih·embedding + biases for one id, both directions, once. */
  private project(id: number): void {
    const x = X_AT / 4;
    const scale = this.embeddingScale[id];
    for (let k = 0; k < EMBEDDING; k++) this.memory[x + k] = this.embedding[id * EMBEDDING + k] * scale;
    for (const dir of [FORWARD, BACKWARD]) this.kernel.project(dir.ih, X_AT, dir.bias, dir.projections + id * 2 * GATES * 4);
    this.projected[id] = 1;
  }

  /** The logits of `classes` from the two hidden states at float indexes `fw` and `bw` of memory. */
  private logits(fw: number, bw: number, classes: Int32Array): Float32Array {
    const memory = this.memory;
    const hidden = new Float64Array(HIDDEN);
    for (let j = 0; j < HIDDEN; j++) {
      let s = this.hiddenB[j];
      const w = j * 2 * HIDDEN;
      for (let k = 0; k < HIDDEN; k++) s += this.hiddenW[w + k] * memory[fw + k];
      for (let k = 0; k < HIDDEN; k++) s += this.hiddenW[w + HIDDEN + k] * memory[bw + k];
      hidden[j] = s > 0 ? s : 0;
    }
    const out = new Float32Array(classes.length);
    classes.forEach((k, i) => {
      let s = 0;
      for (let j = 0; j < HIDDEN; j++) s += this.outW[k * HIDDEN + j] * hidden[j];
      out[i] = s * this.outScale[k] + this.outB[k];
    });
    return out;
  }
}

let model: G2pm | null = null;

/** The model, read on first use (a polyphone the dictionary does not settle). */
export function polyphoneModel(): PolyphoneModel {
  if (!model) {
    const alone = JSON.parse(readFileSync(ALONE_FILE, 'utf8')) as Record<string, string>;
    model = new G2pm(readFileSync(MODEL_FILE), alone);
    trace('loaded g2pM');
  }
  return model;
}
