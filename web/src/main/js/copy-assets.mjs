// Copies the browser libraries' builds that a page loads with a plain <script> under a strict
// Content-Security-Policy, and their styles, into the console's static assets: form-js's viewer (the UMD build)
// and bpmn-js's navigated viewer (which draws a process and drills down into its sub-processes).
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const target = process.argv[2];
const formJs = 'node_modules/@bpmn-io/form-js/dist';
const bpmnJs = 'node_modules/bpmn-js/dist';
mkdirSync(target, { recursive: true });
for (const [from, to] of [
  [join(formJs, 'form-viewer.umd.js'), 'form-viewer.umd.js'],
  [join(formJs, 'assets/form-js.css'), 'form-js.css'],
  [join(formJs, 'assets/flatpickr/light.css'), 'flatpickr-light.css'],
  [join(bpmnJs, 'bpmn-navigated-viewer.production.min.js'), 'bpmn-navigated-viewer.js'],
  [join(bpmnJs, 'assets/diagram-js.css'), 'diagram-js.css'],
  [join(bpmnJs, 'assets/bpmn-js.css'), 'bpmn-js.css'],
]) {
  cpSync(from, join(target, to));
}
