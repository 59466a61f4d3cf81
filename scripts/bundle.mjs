// Part of `npm run build`: bundles what must start fast, each module with everything it imports
// (packages included, the SQLite addon excepted), into one file beside it, which the program
// loads through src/bundled.ts instead of the separate modules:
//   dist/ui/screen.js → screen.bundle.js   React, Ink and the App: some 550 modules (src/ui/screen.ts)
//   dist/commands/due.js, stats.js, review.js, browse.js, cards.js → due.bundle.js, …   the store and better-sqlite3's JavaScript
//     (review's bundle leaves the screen's to be loaded apart, while the first card is drawn)
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// A checkout whose node_modules predates esbuild still builds; the program then loads the modules one by one.
const esbuild = await import('esbuild').catch((err) => {
  if (err?.code !== 'ERR_MODULE_NOT_FOUND') throw err;
  process.stderr.write('bundle: esbuild is not installed (run npm install); the review screen, due and stats will load unbundled, more slowly\n');
  return null;
});
if (esbuild === null) process.exit(0);

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');

const common = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  // Less to parse at every start; identifiers kept, so a --debug stack still names functions.
  minifyWhitespace: true,
  minifySyntax: true,
  // CommonJS packages inside an ES module still require Node's built-ins (and the SQLite addon).
  banner: { js: "import { createRequire as __guanhuaRequire } from 'node:module'; const require = __guanhuaRequire(import.meta.url);" },
  // src/store/database.ts names the addon itself; `bindings` stays outside for a build without it.
  external: ['bindings'],
};

// One GuanhuaError class for the whole program: src/cli.ts tells a clear failure from a bug by it.
// (Every bundle lies one folder below dist/, as errors.js lies in it.)
const sharedErrors = {
  name: 'shared-errors',
  setup(b) {
    b.onResolve({ filter: /\/errors\.js$/ }, (args) => (path.resolve(args.resolveDir, args.path) === path.join(dist, 'errors.js') ? { path: '../errors.js', external: true } : undefined));
  },
};

// review and browse load the screen's own bundle (dist/ui/screen.bundle.js) apart.
const screenApart = {
  name: 'screen-apart',
  setup(b) {
    b.onResolve({ filter: /\/ui\/screen\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};

const bundle = (module, options = {}) =>
  esbuild.build({
    ...common,
    ...options,
    plugins: [sharedErrors, ...(options.plugins ?? [])],
    entryPoints: [path.join(dist, module)],
    outfile: path.join(dist, module.replace(/\.js$/, '.bundle.js')),
  });

await Promise.all([
  bundle('ui/screen.js', {
    define: {
      // The production builds of React (the review sets NODE_ENV too).
      'process.env.NODE_ENV': '"production"',
      // yoga-layout's loader only asks whether fetch exists (it never fetches its inlined
      // WebAssembly), and asking loads Node's whole HTTP client.
      fetch: 'undefined',
    },
    plugins: [
      {
        // Ink measures every piece of text with string-width 8; the same count the quick way for
        // plain and SGR-styled text (src/ui/string-width-fast.ts, which imports the real one).
        name: 'fast-string-width',
        setup(b) {
          const fast = path.join(dist, 'ui', 'string-width-fast.js');
          const own = [fast, path.join(dist, 'ui', 'text-width.js')];
          b.onResolve({ filter: /^string-width$/ }, (args) => {
            if (own.includes(args.importer) || args.importer.includes(`${path.sep}wrap-ansi${path.sep}`)) return undefined;
            return { path: fast };
          });
        },
      },
      {
        // Ink imports its React devtools bridge only when DEV=true, and that needs packages we do not ship.
        name: 'no-ink-devtools',
        setup(b) {
          b.onResolve({ filter: /\/devtools\.js$/, namespace: 'file' }, (args) => (args.importer.includes(`${path.sep}ink${path.sep}`) ? { path: 'devtools', namespace: 'empty' } : undefined));
          b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'export {};' }));
        },
      },
    ],
  }),
  bundle('commands/due.js'),
  bundle('commands/stats.js'),
  // The screen stays a bundle of its own, loaded while the first card (or list) is read.
  bundle('commands/review.js', { plugins: [screenApart] }),
  bundle('commands/browse.js', { plugins: [screenApart] }),
  bundle('commands/cards.js'),
]);
