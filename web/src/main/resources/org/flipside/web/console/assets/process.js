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

  const running = document.getElementById('running');
  for (const [stepId, count] of Object.entries(reply.body.runningBySteps)) {
    const element = registry.get(stepId);
    const badge = Console.element('span', String(count), 'running');
    badge.title = count + ' running';
    if (element) {
      overlays.add(element, 'running', { position: { bottom: 12, left: -8 }, html: badge });
    }
    running.append(Console.element('li', (element ? nameOf(element) : stepId) + ': ' + count));
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
      overlays.add(element, 'called', { position: { top: -14, left: 0 }, html: link });
    }
  }

  // each stage one button away: the whole process, then each top-level sub-process or call activity
  const stages = document.getElementById('stages');
  const zoomTo = (element) => {
    if (element.collapsed || !element.width) {
      canvas.setRootElement(canvas.findRoot(element));
    }
    canvas.zoom('fit-viewport');
    if (element.width) {
      canvas.viewbox({ x: element.x - 20, y: element.y - 20, width: element.width + 40, height: element.height + 40 });
    }
  };
  const whole = Console.element('button', 'Whole process');
  whole.type = 'button';
  whole.addEventListener('click', () => {
    canvas.setRootElement(registry.filter((e) => !e.parent && e.type === 'bpmn:Process')[0] || canvas.getRootElement());
    canvas.zoom('fit-viewport');
  });
  stages.append(whole);
  const root = canvas.getRootElement();
  for (const element of registry.filter((e) => e.parent === root
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
