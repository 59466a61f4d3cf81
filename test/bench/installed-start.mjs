// The installed package against the checkout: `guanhua --version` from `npm install -g` of the
// `npm pack` tarball (target: within 1.2× of `node bin/guanhua.js --version` here), and the same
// through npx, which the README mentions once with its cost.
//
//   node test/bench/installed-start.mjs [--prefix DIR] [--runs N]
//
// Without --prefix it packs this checkout (which rebuilds dist/), installs the tarball into a
// temp prefix with the flags the README names (the registry is asked only for what npm's cache
// lacks), measures, and removes the prefix. With --prefix it measures an existing install.
// Each installed run is paired with a checkout run right after it (this machine's speed drifts).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(flag('--runs', '21'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function sh(cmd, cmdArgs, opts = {}) {
  const r = spawnSync(cmd, cmdArgs, { encoding: 'utf8', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(' ')} failed (${r.status}):\n${r.stderr}`);
  return r.stdout;
}

/** Wall time of one run, ms; the run must print the version. */
function time(cmd, cmdArgs, cwd) {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, cmdArgs, { cwd, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0 || !/^\d+\.\d+\.\d+/.test(r.stdout)) throw new Error(`${cmd} ${cmdArgs.join(' ')}: ${r.stderr}`);
  return ms;
}

let prefix = flag('--prefix');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'guanhua-bench-install-'));
try {
  if (!prefix) {
    const started = Date.now();
    const tgz = sh('npm', ['pack', '--silent', '--pack-destination', scratch], { cwd: root }).trim().split('\n').pop();
    prefix = path.join(scratch, 'prefix');
    sh('npm', ['install', '-g', path.join(scratch, tgz), '--prefix', prefix, '--allow-scripts=better-sqlite3,nodejieba', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: scratch });
    console.log(`pack + install -g: ${((Date.now() - started) / 1000).toFixed(0)} s (native builds included)`);
  }
  const installed = path.join(prefix, 'bin', 'guanhua');
  const checkout = path.join(root, 'bin', 'guanhua.js');
  // Warm both (page cache), then pair the runs; the installed one runs from an unrelated folder.
  time(installed, ['--version'], scratch);
  time(process.execPath, [checkout, '--version'], root);
  const inst = [];
  const here = [];
  for (let i = 0; i < runs; i++) {
    inst.push(time(installed, ['--version'], scratch));
    here.push(time(process.execPath, [checkout, '--version'], root));
  }
  const paired = median(inst.map((t, i) => t / here[i]));
  console.log(
    `--version: installed ${median(inst).toFixed(0)} ms, checkout (node bin/guanhua.js) ${median(here).toFixed(0)} ms; ` +
      `median of ${runs} paired ratios ${paired.toFixed(2)}× (target ≤ 1.2×)`,
  );
  // The installed program makes the bundled deck exactly, from a folder outside the checkout:
  // it reads nothing the package lacks.
  const home = path.join(scratch, 'home');
  const deck = path.join(scratch, 'deck.json');
  sh(installed, ['--home', home, 'generate', path.join(root, 'decks/000_50515ac5e261a18b.txt'), '-o', deck], { cwd: scratch });
  const same = fs.readFileSync(deck, 'utf8') === fs.readFileSync(path.join(root, 'decks/000_50515ac5e261a18b.json'), 'utf8');
  if (!same) throw new Error('the installed guanhua made another deck than decks/000_50515ac5e261a18b.json');
  console.log('installed generate: the bundled deck, byte for byte');
  // npx from the checkout: what `npx guanhua` costs on every call.
  const npx = [];
  const bare = [];
  for (let i = 0; i < 5; i++) {
    npx.push(time('npx', ['--no-install', 'guanhua', '--version'], root));
    bare.push(time(process.execPath, [checkout, '--version'], root));
  }
  console.log(`--version through npx: ${median(npx).toFixed(0)} ms against ${median(bare).toFixed(0)} ms (median of 5 paired runs)`);
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
