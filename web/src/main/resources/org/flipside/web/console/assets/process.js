// One version of a process drawn with bpmn-js, as Camunda Cockpit shows it: the number of running instances waiting
// at each step on the diagram, each stage (an expanded or collapsed sub-process) one button away, each called process
// one link away; and moving the running instances of older versions onto this one.
'use strict';

(async () => {
  Console.showWho();
  const id = new URLSearchParams(window.location.search).get('id') || '';
  const status = document.getElementById('status');
  const [reply, versions] = await Promise.all([
    Console.api('GET', 'processes/' + encodeURIComponent(id)), Console.api('GET', 'processes')]);
  if (reply.status !== 200 || versions.status !== 200) {
    status.textContent = (reply.status !== 200 ? reply : versions).body.message;
    return;
  }
  const version = versions.body.find((v) => v.definitionId === id);
  document.title = version.processKey + ' · Flipside';
  document.getElementById('title').textContent = version.processKey + ', version ' + version.version;
  document.getElementById('summary').textContent = version.resource + ' · deployed ' + Console.date(version.deployedAt)
    + ' by ' + (version.deployedBy || 'Flipside itself');

  const viewer = new BpmnJS({ container: document.getElementById('canvas') });
  await viewer.importXML(reply.body.xml);
  const canvas = viewer.get('canvas');
  canvas.zoom('fit-viewport');
  const registry = viewer.get('elementRegistry');
  const overlays = viewer.get('overlays');
  const nameOf = (element) => element.businessObject.name || element.id;

  // each step's count on it; a collapsed stage also shows how many wait inside it, since its steps are drawn apart
  const running = document.getElementById('running');
  const inside = {};
  const badge = (element, text, label) => {
    const shown = Console.element('span', text, 'running');
    shown.title = label;
    overlays.add(element, 'running', { position: { bottom: 12, left: -8 }, scale: false, html: shown });
  };
  for (const [stepId, count] of Object.entries(reply.body.runningBySteps)) {
    const element = registry.get(stepId);
    if (element) {
      badge(element, String(count), count + ' running');
      for (let parent = element.businessObject.$parent; parent && parent.$type === 'bpmn:SubProcess';
        parent = parent.$parent) {
        inside[parent.id] = (inside[parent.id] || 0) + count;
      }
    }
    running.append(Console.element('li', (element ? nameOf(element) : stepId) + ': ' + count));
  }
  for (const [stageId, count] of Object.entries(inside)) {
    const stage = registry.get(stageId);
    if (stage && registry.get(stageId + '_plane') && !(stageId in reply.body.runningBySteps)) {
      badge(stage, String(count), count + ' running inside');
    }
  }
  if (running.children.length === 0) {
    running.append(Console.element('li', 'Nothing runs on this version.'));
  }

  // called processes open at their newest version
  const newest = {};
  for (const v of versions.body) {
    if (!newest[v.processKey] || newest[v.processKey].version < v.version) {
      newest[v.processKey] = v;
    }
  }
  for (const element of registry.filter((e) => e.type === 'bpmn:CallActivity')) {
    const called = newest[element.businessObject.calledElement];
    if (called) {
      const link = Console.element('a', 'Open ' + called.processKey, 'called');
      link.href = '/flipside/console/process?id=' + encodeURIComponent(called.definitionId);
      overlays.add(element, 'called', { position: { top: -14, left: 0 }, scale: false, html: link });
    }
  }

  // each stage one button away: the whole process, then each top-level sub-process or call activity
  const stages = document.getElementById('stages');
  const root = canvas.getRootElement();
  const zoomTo = (element) => {
    const plane = registry.get(element.id + '_plane');
    canvas.setRootElement(plane || root);
    canvas.zoom('fit-viewport');
    if (!plane) {
      canvas.viewbox({ x: element.x - 20, y: element.y - 20, width: element.width + 40, height: element.height + 40 });
    }
  };
  const whole = Console.element('button', 'Whole process');
  whole.type = 'button';
  whole.addEventListener('click', () => {
    canvas.setRootElement(root);
    canvas.zoom('fit-viewport');
  });
  stages.append(whole);
  const inRoot = (e) => e.parent === root || (e.parent && e.parent.type === 'bpmn:Participant'
    && e.parent.parent === root) || (e.parent && e.parent.type === 'bpmn:Lane');
  for (const element of registry.filter((e) => inRoot(e)
    && (e.type === 'bpmn:SubProcess' || e.type === 'bpmn:CallActivity'))) {
    const button = Console.element('button', nameOf(element));
    button.type = 'button';
    button.addEventListener('click', () => zoomTo(element));
    stages.append(button);
  }

  const migration = document.getElementById('migration');
  const migrate = document.getElementById('migrate');
  const path = 'processes/' + encodeURIComponent(id) + '/migration';
  const show = (report, verb) => {
    const list = Console.element('ul');
    for (const candidate of report.notMoved) {
      list.append(Console.element('li', 'Programme ' + candidate.programmeId + ' (version ' + candidate.fromVersion
        + ') cannot move: ' + candidate.obstacles.join('; ')));
    }
    migration.replaceChildren(Console.element('p', report.moved.length + ' ' + verb + ', '
      + report.notMoved.length + ' cannot.'), list);
  };
  document.getElementById('preview').addEventListener('click', async () => {
    const preview = await Console.api('GET', path);
    if (preview.status !== 200) {
      migration.replaceChildren(Console.element('p', preview.body.message));
      return;
    }
    show(preview.body, 'can move');
    migrate.disabled = preview.body.moved.length === 0;
  });
  migrate.addEventListener('click', async () => {
    migrate.disabled = true;
    const moved = await Console.api('POST', path);
    if (moved.status !== 200) {
      migration.replaceChildren(Console.element('p', moved.body.message));
      return;
    }
    show(moved.body, 'moved');
  });
})();
