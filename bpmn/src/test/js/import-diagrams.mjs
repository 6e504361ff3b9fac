// Imports every diagram the way Modeler reads it (bpmn-moddle with Camunda's extension) and fails on any
// import warning, or on a collapsed sub-process that has no plane of its own to drill down into.
import { readFileSync, readdirSync } from 'node:fs';
import { BpmnModdle } from 'bpmn-moddle';
import camunda from 'camunda-bpmn-moddle/resources/camunda.json' with { type: 'json' };

const folder = 'src/main/resources/org/flipside/bpmn';
const moddle = new BpmnModdle({ camunda });
let problems = 0;
for (const file of readdirSync(folder).filter(name => name.endsWith('.bpmn'))) {
  const { rootElement, warnings } = await moddle.fromXML(readFileSync(`${folder}/${file}`, 'utf8'));
  warnings.forEach(warning => { problems++; console.error(`${file}: ${warning.message}`); });
  const planes = new Set(rootElement.diagrams.map(diagram => diagram.plane.bpmnElement.id));
  for (const diagram of rootElement.diagrams) {
    for (const shape of diagram.plane.planeElement) {
      if (shape.isExpanded === false && !planes.has(shape.bpmnElement.id)) {
        problems++;
        console.error(`${file}: ${shape.bpmnElement.id} is collapsed but has no plane to drill down into`);
      }
    }
  }
}
if (problems) {
  process.exit(1);
}
console.log('Every diagram imports without warnings.');
