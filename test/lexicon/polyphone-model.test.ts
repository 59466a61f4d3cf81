import { describe, expect, it } from 'vitest';
import { EMBEDDING, GATES, HIDDEN, SCRATCH_BYTES, lstmKernel } from '../../src/lexicon/lstm-kernel.js';
import { polyphoneModel } from '../../src/lexicon/polyphone-model.js';

describe('polyphoneModel: g2pM converted', () => {
  // What kakaobrain/g2pM's own Python inference (g2pM.py, numpy, float32 weights) reads at each
  // polyphone of these sentences, the model alone, whole sentence in view. Its mistakes too
  // (行业 xíng, 还给 hái): the port must be the model, not better or worse.
  const table: [string, string[]][] = [
    ['他的房子很大。', ['ta1', 'de5', 'fang2', 'zi3', 'hen3', 'da4', '。']],
    ['这个行业的长期发展', ['zhe4', 'ge4', 'xing2', 'ye4', 'de5', 'chang2', 'qi1', 'fa1', 'zhan3']],
    ['银行行长出席了会议。', ['yin2', 'hang2', 'xing2', 'chang2', 'chu1', 'xi2', 'le5', 'hui4', 'yi4', '。']],
    ['我们还要重新考虑这个问题。', ['wo3', 'men5', 'hai2', 'yao4', 'chong2', 'xin1', 'kao3', 'lu:4', 'zhe4', 'ge4', 'wen4', 'ti2', '。']],
    ['他把钱还给了我。', ['ta1', 'ba3', 'qian2', 'hai2', 'gei3', 'le5', 'wo3', '。']],
    ['这首乐曲很好听。', ['zhe4', 'shou3', 'yue4', 'qu3', 'hen3', 'hao4', 'ting1', '。']],
  ];
  it.each(table)('%s', (sentence, expected) => {
    const model = polyphoneModel();
    const chars = Array.from(sentence);
    const targets = chars.flatMap((c, i) => (model.readingsOf(c) ? [i] : []));
    expect(targets.length).toBeGreaterThan(0);
    const logits = model.score(chars, targets);
    targets.forEach((t, k) => {
      const best = logits[k].indexOf(Math.max(...logits[k]));
      expect(model.readingsOf(chars[t])![best], `${chars[t]} at ${t}`).toBe(expected[t]);
    });
  });

  it('knows which characters it reads, in CC-CEDICT notation', () => {
    const model = polyphoneModel();
    expect(model.readingsOf('行')).toEqual(expect.arrayContaining(['xing2', 'hang2']));
    expect(model.readingsOf('率')).toEqual(expect.arrayContaining(['lu:4', 'shuai4']));
    expect(model.readingsOf('我')).toBeUndefined();
    expect(model.aloneReading('的')).toBe('de5');
    expect(model.aloneReading('为')).toBeUndefined();
  });
});

describe('lstmKernel: the WebAssembly SIMD loops against plain arithmetic', () => {
  const random = (n: number, seed: number) => {
    let s = seed;
    return Float32Array.from({ length: n }, () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31 - 0.5) * 2);
  };
  const W_AT = 0;
  const X_AT = W_AT + EMBEDDING * GATES * 4;
  const P_AT = X_AT + EMBEDDING * 4;
  const OUT_AT = P_AT + GATES * 4;
  const IDS_AT = OUT_AT + GATES * 4;
  const STATES_AT = IDS_AT + 64;
  const SCRATCH_AT = STATES_AT + 8 * HIDDEN * 4;
  const PROJ_AT = SCRATCH_AT + SCRATCH_BYTES;

  it('project: out = p + Wᵀ·x over 64 inputs', () => {
    const kernel = lstmKernel(1 << 20);
    const memory = new Float32Array(kernel.memory.buffer);
    const w = random(EMBEDDING * GATES, 1);
    const x = random(EMBEDDING, 2);
    const p = random(GATES, 3);
    memory.set(w, W_AT / 4);
    memory.set(x, X_AT / 4);
    memory.set(p, P_AT / 4);
    kernel.project(W_AT, X_AT, P_AT, OUT_AT);
    for (let g = 0; g < GATES; g++) {
      let s = p[g];
      for (let k = 0; k < EMBEDDING; k++) s += w[k * GATES + g] * x[k];
      expect(memory[OUT_AT / 4 + g]).toBeCloseTo(s, 4);
    }
  });

  it('run: LSTM steps with gates i, f, g, o, states written per step', () => {
    const kernel = lstmKernel(1 << 20);
    const memory = new Float32Array(kernel.memory.buffer);
    const ints = new Int32Array(kernel.memory.buffer);
    const hh = random(HIDDEN * GATES, 4).map((v) => v * 0.5);
    memory.set(hh, W_AT / 4);
    const ids = [2, 0, 1];
    // Projections of three ids, 2 × GATES floats apart (the kernel's stride is 1024 bytes).
    for (let id = 0; id < 3; id++) memory.set(random(GATES, 10 + id).map((v) => v * 3), PROJ_AT / 4 + id * 2 * GATES);
    ints.set(ids, IDS_AT / 4);
    kernel.run(W_AT, PROJ_AT, IDS_AT, ids.length, STATES_AT, SCRATCH_AT);
    const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));
    let h = new Float64Array(HIDDEN);
    const c = new Float64Array(HIDDEN);
    ids.forEach((id, step) => {
      const gates = Array.from({ length: GATES }, (_, g) => {
        let s = memory[PROJ_AT / 4 + id * 2 * GATES + g];
        for (let k = 0; k < HIDDEN; k++) s += hh[k * GATES + g] * h[k];
        return s;
      });
      const next = new Float64Array(HIDDEN);
      for (let k = 0; k < HIDDEN; k++) {
        c[k] = sigmoid(gates[HIDDEN + k]) * c[k] + sigmoid(gates[k]) * Math.tanh(gates[2 * HIDDEN + k]);
        next[k] = sigmoid(gates[3 * HIDDEN + k]) * Math.tanh(c[k]);
        expect(memory[STATES_AT / 4 + step * HIDDEN + k]).toBeCloseTo(next[k], 5);
      }
      h = next;
    });
  });
});
