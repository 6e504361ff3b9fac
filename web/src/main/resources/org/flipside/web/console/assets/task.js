// One task on its own page; once done, back to the inbox, which says so.
'use strict';

(async () => {
  Console.showWho();
  const taskId = new URLSearchParams(window.location.search).get('id');
  const status = document.getElementById('status');
  const reply = await Console.api('GET', 'tasks/' + encodeURIComponent(taskId || ''));
  if (reply.status !== 200) {
    status.textContent = reply.body.message;
    return;
  }
  const task = reply.body;
  document.title = task.name + ' · Flipside';
  document.getElementById('title').textContent = task.name;
  if (task.dueAt) {
    document.getElementById('due').textContent = 'Due ' + Console.date(task.dueAt);
  }
  await TaskForm.show(task, {
    form: document.getElementById('form'), submit: document.getElementById('submit'),
    problems: document.getElementById('problems'), problemList: document.getElementById('problem-list'), status
  }, () => {
    sessionStorage.setItem('flipside-done', task.name);
    window.location.assign('/flipside/console/');
  });
})();
