// Copies form-js's viewer (the UMD build, which a page loads with a plain <script> under a strict
// Content-Security-Policy) and its styles into the console's static assets.
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const target = process.argv[2];
const formJs = 'node_modules/@bpmn-io/form-js/dist';
mkdirSync(target, { recursive: true });
for (const [from, to] of [
  ['form-viewer.umd.js', 'form-viewer.umd.js'],
  ['assets/form-js.css', 'form-js.css'],
  ['assets/flatpickr/light.css', 'flatpickr-light.css'],
]) {
  cpSync(join(formJs, from), join(target, to));
}
