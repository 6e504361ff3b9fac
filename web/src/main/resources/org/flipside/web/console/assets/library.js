// The process library: every version of every process, each linked to its diagram, and a deployment of changed
// files (checked by Flipside first; a set with any problem deploys nothing).
'use strict';

(async () => {
  Console.showWho();
  const status = document.getElementById('status');
  const reply = await Console.api('GET', 'processes');
  if (reply.status !== 200) {
    status.textContent = reply.body.message;
    return;
  }
  const rows = document.getElementById('versions');
  const newestFirst = [...reply.body].sort((a, b) => a.processKey.localeCompare(b.processKey)
    || b.version - a.version);
  for (const version of newestFirst) {
    const row = Console.element('tr');
    const name = Console.element('td');
    const link = Console.element('a', version.processKey);
    link.href = '/flipside/console/process?id=' + encodeURIComponent(version.definitionId);
    name.append(link);
    const when = Console.element('td');
    const time = Console.element('time', Console.date(version.deployedAt));
    time.dateTime = version.deployedAt;
    when.append(time);
    row.append(name, Console.element('td', String(version.version)), Console.element('td', version.resource), when,
      Console.element('td', version.deployedBy || 'Flipside itself'));
    rows.append(row);
  }

  document.getElementById('deploy').addEventListener('submit', async (event) => {
    event.preventDefault();
    const out = document.getElementById('deployed');
    const files = await Promise.all([...document.getElementById('deployment-files').files]
      .map(async (file) => ({ name: file.name, text: await file.text() })));
    const sent = await Console.api('POST', 'processes',
      { name: document.getElementById('deployment-name').value, files });
    if (sent.status === 200) {
      out.replaceChildren(Console.element('p', sent.body.processes.length === 0 ? 'Nothing changed: nothing deployed.'
        : 'Deployed: ' + sent.body.processes.map((p) => p.processKey + ' version ' + p.version).join(', ') + '.'));
    } else {
      const list = Console.element('ul');
      for (const problem of sent.body.problems || []) {
        list.append(Console.element('li', problem.resource + (problem.elementId ? ' ' + problem.elementId : '')
          + ': ' + problem.message));
      }
      out.replaceChildren(Console.element('p', sent.body.message), list);
    }
  });
})();
