/**
 * The polyphone model's LSTM as WebAssembly SIMD, assembled here (no toolchain, no binary in the
 * repository). Plain JavaScript spends about 3 µs on a step of the recurrence; this about a
 * tenth. Two functions, all addresses in bytes of the module's memory, float32 throughout:
 *
 * - `project(w, x, p, out)`: out = p + Wᵀ·x over 64 inputs (a character's input projection:
 *   W_ih, its embedding, the biases);
 * - `run(hh, proj, ids, count, states, scratch)`: `count` steps of one LSTM direction over the
 *   character ids at `ids` (int32, in the order of travel). Each step's gates are
 *   proj[id] + W_hh·h (the id's projection at proj + id·1024), in PyTorch's order i, f, g, o;
 *   then c = σ(f)·c + σ(i)·tanh(g), h = σ(o)·tanh(c), and h goes to states + step·128.
 *   `scratch` holds h, c and the gates (768 bytes); h and c start at zero.
 *
 * Matrices are stored transposed, W[g][k] at k·512 + g·4 bytes, so four gates are one vector.
 * tanh is Eigen's rational approximation for float32 (error below 3e-7), σ(x) = (1 + tanh(x/2)) / 2.
 */

export const GATES = 128;
export const HIDDEN = 32;
export const EMBEDDING = 64;
/** Bytes `run` needs at `scratch`. */
export const SCRATCH_BYTES = (2 * HIDDEN + GATES) * 4;

/** The WebAssembly API as used here (the project's lib, ES2023 without the DOM, does not declare it). */
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: object };
};

export interface LstmKernel {
  /** The module's memory (grown once, when made: views of it stay valid). */
  readonly memory: { readonly buffer: ArrayBuffer };
  project(w: number, x: number, p: number, out: number): void;
  run(hh: number, proj: number, ids: number, count: number, states: number, scratch: number): void;
}

/** Compiles the kernel (synchronously: it is small) with `bytes` of memory at least. */
export function lstmKernel(bytes: number): LstmKernel {
  const instance = new WebAssembly.Instance(new WebAssembly.Module(moduleBytes()));
  const exports = instance.exports as LstmKernel & { memory: { buffer: ArrayBuffer; grow(pages: number): number } };
  const pages = Math.ceil(bytes / 65536) - exports.memory.buffer.byteLength / 65536;
  if (pages > 0) exports.memory.grow(pages);
  return exports;
}

function moduleBytes(): Uint8Array {
  const bodies = [projectBody(), runBody()];
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, [2, 0x60, 4, I32, I32, I32, I32, 0, 0x60, 6, I32, I32, I32, I32, I32, I32, 0]),
    ...section(3, [2, 0, 1]),
    ...section(5, [1, 0x00, 1]), // one memory, one page to start
    ...section(7, [3, ...name('memory'), 0x02, 0, ...name('project'), 0x00, 0, ...name('run'), 0x00, 1]),
    ...section(10, [bodies.length, ...bodies.flatMap((b) => [...uleb(b.length), ...b])]),
  ]);
}

/** Output vectors (four gates each) summed at once: four passes cover the 32. */
const ACCUMULATORS = 8;

/** A function body under construction: locals declared up front, then instructions. */
class Body {
  readonly code: number[] = [];
  constructor(
    private readonly params: number,
    private readonly locals: { v128: number; i32: number },
  ) {}
  /** Index of the n-th v128 local / i32 local. */
  v(n: number): number {
    return this.params + n;
  }
  i(n: number): number {
    return this.params + this.locals.v128 + n;
  }
  op(...bytes: number[]): this {
    for (const b of bytes) this.code.push(b);
    return this;
  }
  get(local: number): this {
    return this.op(0x20, local);
  }
  set(local: number): this {
    return this.op(0x21, local);
  }
  tee(local: number): this {
    return this.op(0x22, local);
  }
  i32(n: number): this {
    return this.op(0x41, ...sleb(n));
  }
  simd(op: number): this {
    return this.op(0xfd, ...uleb(op));
  }
  /** v128.load / v128.store at [address on the stack] + offset. */
  load(offset: number): this {
    return this.simd(0x00).op(4, ...uleb(offset));
  }
  store(offset: number): this {
    return this.simd(0x0b).op(4, ...uleb(offset));
  }
  /** A float32 constant in all four lanes. */
  splat(x: number): this {
    const bytes = new Uint8Array(new Float32Array([x]).buffer);
    return this.op(0x43, ...bytes).simd(F32X4_SPLAT);
  }
  bytes(): number[] {
    const decls = [
      [this.locals.v128, V128],
      [this.locals.i32, I32],
    ].filter(([n]) => n > 0);
    return [...uleb(decls.length), ...decls.flatMap(([n, t]) => [...uleb(n), t]), ...this.code, END];
  }
}

/**
 * out = p + Wᵀ·x for `inputs` inputs: per group of ACCUMULATORS output vectors, a loop over the
 * inputs adding W's row times the input (splatted). `w`, `p` are locals holding addresses; x and
 * out are a local's address plus a constant offset. Uses v128 locals 0..ACCUMULATORS and i32
 * locals 0..2.
 */
function matrixVector(f: Body, inputs: number, w: number, p: number, x: [number, number], out: [number, number]): void {
  const XK = f.v(ACCUMULATORS);
  const [XP, WP, XEND] = [f.i(0), f.i(1), f.i(2)];
  f.get(x[0]).i32(x[1] + inputs * 4).op(I32_ADD).set(XEND);
  for (let pass = 0; pass < GATES / 4 / ACCUMULATORS; pass++) {
    const column = (j: number) => (pass * ACCUMULATORS + j) * 16;
    for (let j = 0; j < ACCUMULATORS; j++) f.get(p).load(column(j)).set(f.v(j));
    f.get(x[0]).i32(x[1]).op(I32_ADD).set(XP).get(w).set(WP);
    f.op(LOOP, VOID);
    f.get(XP).op(F32_LOAD, 2, 0).simd(F32X4_SPLAT).set(XK);
    for (let j = 0; j < ACCUMULATORS; j++) f.get(f.v(j)).get(WP).load(column(j)).get(XK).simd(F32X4_MUL).simd(F32X4_ADD).set(f.v(j));
    f.get(WP).i32(GATES * 4).op(I32_ADD).set(WP);
    f.get(XP).i32(4).op(I32_ADD).tee(XP).get(XEND).op(I32_LT_U, BR_IF, 0, END);
    for (let j = 0; j < ACCUMULATORS; j++) f.get(out[0]).get(f.v(j)).store(out[1] + column(j));
  }
}

function projectBody(): number[] {
  const f = new Body(4, { v128: ACCUMULATORS + 1, i32: 3 });
  matrixVector(f, EMBEDDING, 0, 2, [1, 0], [3, 0]);
  return f.bytes();
}

/** Eigen's float32 tanh: clamp, then an odd degree-13 polynomial over an even degree-6 one. */
const TANH_CLAMP = 7.90531110763549805;
const TANH_P = [4.89352455891786e-3, 6.37261928875436e-4, 1.48572235717979e-5, 5.12229709037114e-8, -8.60467152213735e-11, 2.00018790482477e-13, -2.76076847742355e-16];
const TANH_Q = [4.89352518554385e-3, 2.268434632439e-3, 1.18534705686654e-4, 1.19825839466702e-6];

/** tanh of the vector on the stack, left on the stack; uses v128 locals x and x2. */
function tanh(f: Body, x: number, x2: number): void {
  f.splat(-TANH_CLAMP).simd(F32X4_MAX).splat(TANH_CLAMP).simd(F32X4_MIN).tee(x);
  f.get(x).simd(F32X4_MUL).set(x2);
  f.splat(TANH_P[6]);
  for (let n = 5; n >= 0; n--) f.get(x2).simd(F32X4_MUL).splat(TANH_P[n]).simd(F32X4_ADD);
  f.get(x).simd(F32X4_MUL);
  f.splat(TANH_Q[3]);
  for (let n = 2; n >= 0; n--) f.get(x2).simd(F32X4_MUL).splat(TANH_Q[n]).simd(F32X4_ADD);
  f.simd(F32X4_DIV);
}

/** σ of the vector on the stack: (1 + tanh(x/2)) / 2. */
function sigmoid(f: Body, x: number, x2: number): void {
  f.splat(0.5).simd(F32X4_MUL);
  tanh(f, x, x2);
  f.splat(0.5).simd(F32X4_MUL).splat(0.5).simd(F32X4_ADD);
}

function runBody(): number[] {
  const [HH, PROJ, IDS, COUNT, STATES, SCRATCH] = [0, 1, 2, 3, 4, 5];
  const f = new Body(6, { v128: ACCUMULATORS + 1 + 5, i32: 5 });
  const [X, X2, I, G, O] = [0, 1, 2, 3, 4].map((n) => f.v(ACCUMULATORS + 1 + n));
  const [P, T] = [f.i(3), f.i(4)];
  const H_OFFSET = 0;
  const C_OFFSET = HIDDEN * 4;
  const G_OFFSET = 2 * HIDDEN * 4;
  for (let q = 0; q < (2 * HIDDEN) / 4; q++) f.get(SCRATCH).op(0xfd, 0x0c, ...new Array<number>(16).fill(0)).store(q * 16);
  f.i32(0).set(T);
  f.op(BLOCK, VOID, LOOP, VOID);
  f.get(T).get(COUNT).op(I32_GE_U, BR_IF, 1);
  // p = proj + ids[t] · 1024: the id's projection
  f.get(PROJ).get(IDS).get(T).i32(2).op(I32_SHL, I32_ADD, I32_LOAD, 2, 0).i32(10).op(I32_SHL, I32_ADD).set(P);
  matrixVector(f, HIDDEN, HH, P, [SCRATCH, H_OFFSET], [SCRATCH, G_OFFSET]);
  for (let q = 0; q < HIDDEN / 4; q++) {
    const gate = (n: number) => G_OFFSET + n * HIDDEN * 4 + q * 16;
    f.get(SCRATCH).load(gate(0));
    sigmoid(f, X, X2);
    f.set(I);
    f.get(SCRATCH).load(gate(2));
    tanh(f, X, X2);
    f.set(G);
    f.get(SCRATCH).load(gate(3));
    sigmoid(f, X, X2);
    f.set(O);
    // c = σ(f)·c + σ(i)·tanh(g), kept in scratch; h = σ(o)·tanh(c) to scratch and to states
    f.get(SCRATCH).load(gate(1));
    sigmoid(f, X, X2);
    f.get(SCRATCH).load(C_OFFSET + q * 16).simd(F32X4_MUL).get(I).get(G).simd(F32X4_MUL).simd(F32X4_ADD).set(G);
    f.get(SCRATCH).get(G).store(C_OFFSET + q * 16);
    f.get(G);
    tanh(f, X, X2);
    f.get(O).simd(F32X4_MUL).set(O);
    f.get(SCRATCH).get(O).store(H_OFFSET + q * 16);
    f.get(STATES).get(T).i32(7).op(I32_SHL, I32_ADD).get(O).store(q * 16);
  }
  f.get(T).i32(1).op(I32_ADD).set(T);
  f.op(BR, 0, END, END);
  return f.bytes();
}

const I32 = 0x7f;
const V128 = 0x7b;
const VOID = 0x40;
const BLOCK = 0x02;
const LOOP = 0x03;
const BR = 0x0c;
const BR_IF = 0x0d;
const END = 0x0b;
const I32_LOAD = 0x28;
const F32_LOAD = 0x2a;
const I32_GE_U = 0x4f;
const I32_LT_U = 0x49;
const I32_ADD = 0x6a;
const I32_SHL = 0x74;
const F32X4_SPLAT = 0x13;
const F32X4_ADD = 0xe4;
const F32X4_MUL = 0xe6;
const F32X4_DIV = 0xe7;
const F32X4_MIN = 0xe8;
const F32X4_MAX = 0xe9;

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
}

function section(id: number, content: number[]): number[] {
  return [id, ...uleb(content.length), ...content];
}

function name(s: string): number[] {
  const bytes = [...Buffer.from(s, 'utf8')];
  return [...uleb(bytes.length), ...bytes];
}
