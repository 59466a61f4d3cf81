// Part of `npm run build`: bundles the review screen (dist/ui/screen.js: React, Ink and the App)
// with its packages into one file, dist/ui/screen.bundle.js, which `guanhua review` loads
// instead of some 550 separate modules. See src/ui/screen.ts.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// A checkout whose node_modules predates esbuild still builds; review then loads the modules one by one.
const esbuild = await import('esbuild').catch((err) => {
  if (err?.code !== 'ERR_MODULE_NOT_FOUND') throw err;
  process.stderr.write('bundle-screen: esbuild is not installed (run npm install); the review screen will load unbundled, more slowly\n');
  return null;
});
if (esbuild === null) process.exit(0);
const { build } = esbuild;

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/ui');

await build({
  entryPoints: [path.join(dist, 'screen.js')],
  outfile: path.join(dist, 'screen.bundle.js'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  // The production builds of React (the review sets NODE_ENV too).
  define: {
    'process.env.NODE_ENV': '"production"',
    // yoga-layout's loader only asks whether fetch exists (it never fetches its inlined WebAssembly),
    // and asking loads Node's whole HTTP client.
    fetch: 'undefined',
  },
  // CommonJS packages inside an ES module still require Node's built-ins.
  banner: { js: "import { createRequire as __guanhuaRequire } from 'node:module'; const require = __guanhuaRequire(import.meta.url);" },
  plugins: [
    {
      // Ink imports its React devtools bridge only when DEV=true, and that needs packages we do not ship.
      name: 'no-ink-devtools',
      setup(b) {
        b.onResolve({ filter: /\/devtools\.js$/, namespace: 'file' }, (args) => (args.importer.includes(`${path.sep}ink${path.sep}`) ? { path: 'devtools', namespace: 'empty' } : undefined));
        b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'export {};' }));
      },
    },
  ],
});
