// Validates the element templates against the official Camunda 7 element-templates JSON schema, as Modeler
// would refuse a template that breaks it; the version is pinned in package.json.
import { readFileSync, readdirSync } from 'node:fs';
import Ajv from 'ajv';
import schema from '@camunda/element-templates-json-schema/resources/schema.json' with { type: 'json' };

const folder = 'src/main/resources/org/flipside/bpmn/.camunda/element-templates';
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
let problems = 0;
for (const file of readdirSync(folder).filter(name => name.endsWith('.json'))) {
  if (!validate(JSON.parse(readFileSync(`${folder}/${file}`, 'utf8')))) {
    validate.errors.forEach(error => { problems++; console.error(`${file}${error.instancePath}: ${error.message}`); });
  }
}
if (problems > 0) {
  console.error(`${problems} problem(s) in the element templates`);
  process.exit(1);
}
console.log('element templates match the Camunda 7 element-templates schema');
