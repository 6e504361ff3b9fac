// One task: Flipside's form rendered with form-js, submitted to the API; the server's field errors are shown on the
// fields they name (the API maps each field's key to its form-js component id).
'use strict';

(async () => {
  Console.showWho();
  const taskId = new URLSearchParams(window.location.search).get('id');
  const status = document.getElementById('status');
  const submit = document.getElementById('submit');
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
  const form = new FormViewer.Form({ container: document.getElementById('form') });
  await form.importSchema(task.form, task.data);
  submit.disabled = false;

  // each component's label by its id, to name the field a problem belongs to in the summary above the form
  const labels = {};
  (function collect(components) {
    for (const component of components || []) {
      if (component.id && component.label) {
        labels[component.id] = component.label;
      }
      collect(component.components);
    }
  })(task.form.components);
  const named = (componentId, problem) => (labels[componentId] ? labels[componentId] + ': ' : '') + problem;

  function showProblems(problems) {
    const box = document.getElementById('problems');
    const list = document.getElementById('problem-list');
    list.replaceChildren(...problems.map((problem) => Console.element('li', problem)));
    box.hidden = problems.length === 0;
    if (problems.length > 0) {
      box.focus();
    }
  }

  submit.addEventListener('click', async () => {
    const { data, errors } = form.submit();
    if (Object.keys(errors).length > 0) {
      showProblems(Object.entries(errors).map(([componentId, problems]) => named(componentId, problems.join(' '))));
      return;
    }
    submit.disabled = true;
    status.textContent = 'Sending…';
    const sent = await Console.api('POST', 'tasks/' + encodeURIComponent(task.id) + '/complete', { data });
    submit.disabled = false;
    status.textContent = '';
    if (sent.status === 204) {
      sessionStorage.setItem('flipside-done', task.name);
      window.location.assign('/flipside/console/');
    } else if (sent.status === 400 && sent.body.errors) {
      const onFields = {};
      for (const error of sent.body.errors) {
        if (error.component) {
          onFields[error.component] = [error.problem];
        }
      }
      form._setState({ errors: onFields });
      showProblems(sent.body.errors.map((error) => named(error.component, error.problem)));
    } else {
      showProblems([sent.body.message]);
    }
  });
})();
