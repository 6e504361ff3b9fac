// The programmes the signed-in employee follows (HR admins all; a programme's manager and sponsor their own).
'use strict';

(async () => {
  Console.showWho();
  const status = document.getElementById('status');
  const reply = await Console.api('GET', 'programmes');
  if (reply.status !== 200) {
    status.textContent = reply.body.message;
    return;
  }
  const list = document.getElementById('programmes');
  for (const programme of reply.body) {
    const item = Console.element('li', undefined, 'task');
    const link = Console.element('a', programme.name);
    link.href = '/flipside/console/programme?id=' + encodeURIComponent(programme.id);
    item.append(link, Console.element('p', Console.stage(programme.stage), 'meta'));
    list.append(item);
  }
  status.textContent = reply.body.length === 0 ? 'You follow no programme.'
    : reply.body.length === 1 ? 'You follow 1 programme.' : 'You follow ' + reply.body.length + ' programmes.';
})();
