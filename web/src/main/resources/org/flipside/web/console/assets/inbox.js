// The employee's inbox: their open tasks, oldest first, each a link to its form.
'use strict';

(async () => {
  Console.showWho();
  const done = sessionStorage.getItem('flipside-done');
  if (done) {
    sessionStorage.removeItem('flipside-done');
    const notice = document.getElementById('done');
    notice.textContent = 'Done: ' + done;
    notice.hidden = false;
  }
  const status = document.getElementById('status');
  const reply = await Console.api('GET', 'tasks');
  if (reply.status !== 200) {
    status.textContent = reply.body.message;
    return;
  }
  const list = document.getElementById('tasks');
  for (const task of reply.body) {
    const item = Console.element('li', undefined, 'task');
    const link = Console.element('a', task.name);
    link.href = '/flipside/console/task?id=' + encodeURIComponent(task.id);
    item.append(link);
    const meta = 'Opened ' + Console.date(task.createdAt) + (task.dueAt ? ' · due ' + Console.date(task.dueAt) : '');
    item.append(Console.element('p', meta, 'meta'));
    list.append(item);
  }
  status.textContent = reply.body.length === 0 ? 'You have no open tasks.'
    : reply.body.length === 1 ? 'You have 1 open task.' : 'You have ' + reply.body.length + ' open tasks.';
})();
