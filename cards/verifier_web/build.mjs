// Builds the one-file verifier page: esbuild bundles src/app.js with its npm dependencies
// (pinned by package-lock.json), and the bundle is put inline into src/template.html.
// Output: dist/verify.template.html (the trust list still a placeholder, that
// cards/web_verifier.py fills in) and dist/verify.html (no trust list: for trying the page).
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'dist');
const result = await build({
  entryPoints: [join(here, 'src', 'app.js')],
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  legalComments: 'none',
  write: false,
});
// Nothing in the bundle may end the inline <script> early.
const app = result.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
const template = readFileSync(join(here, 'src', 'template.html'), 'utf8');
if (!template.includes('__APP__') || !template.includes('__TRUST_LIST__')) {
  throw new Error('src/template.html lacks its __APP__ or __TRUST_LIST__ placeholder');
}
const page = template.replace('__APP__', () => app);
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'verify.template.html'), page);
writeFileSync(join(out, 'verify.html'), page.replace('__TRUST_LIST__', 'null'));
console.log(`verifier page: dist/verify.template.html, ${Buffer.byteLength(page)} bytes`);
