// Imports every diagram the way Modeler reads it (bpmn-moddle with Camunda's extension) and fails on any
// import warning, or on what bpmn-js would warn about when drawing it: an element drawn twice, a flow drawn in
// another plane than its ends, a collapsed sub-process with no plane of its own to drill down into.
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
  const drawnIn = new Map();
  for (const diagram of rootElement.diagrams) {
    for (const element of diagram.plane.planeElement) {
      if (drawnIn.has(element.bpmnElement.id)) {
        problems++;
        console.error(`${file}: ${element.bpmnElement.id} is drawn twice`);
      }
      drawnIn.set(element.bpmnElement.id, diagram.plane);
    }
  }
  for (const diagram of rootElement.diagrams) {
    for (const edge of diagram.plane.planeElement.filter(element => element.waypoint)) {
      const flow = edge.bpmnElement;
      for (const end of [flow.sourceRef, flow.targetRef]) {
        if (drawnIn.get(end.id) !== diagram.plane) {
          problems++;
          console.error(`${file}: ${flow.id} is drawn in another plane than ${end.id}`);
        }
      }
    }
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
