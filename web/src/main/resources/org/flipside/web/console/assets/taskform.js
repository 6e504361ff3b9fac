// A task's form: Flipside's form rendered with form-js and submitted to the API; the server's field errors are shown
// on the fields they name (the API maps each field's key to its form-js component id) and in a summary above.
'use strict';

const TaskForm = (() => {
  /**
   * Renders the task into parts.form and sends it when parts.submit is pressed; parts.problems (with its list
   * parts.problemList) summarises what is wrong, parts.status says what is happening. onDone runs once it is done.
   */
  async function show(task, parts, onDone) {
    const form = new FormViewer.Form({ container: parts.form });
    await form.importSchema(task.form, task.data);
    parts.submit.disabled = false;

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
      parts.problemList.replaceChildren(...problems.map((problem) => Console.element('li', problem)));
      parts.problems.hidden = problems.length === 0;
      if (problems.length > 0) {
        parts.problems.focus();
      }
    }

    parts.submit.addEventListener('click', async () => {
      const { data, errors } = form.submit();
      if (Object.keys(errors).length > 0) {
        showProblems(Object.entries(errors).map(([componentId, problems]) => named(componentId, problems.join(' '))));
        return;
      }
      parts.submit.disabled = true;
      parts.status.textContent = 'Sending…';
      const sent = await Console.api('POST', 'tasks/' + encodeURIComponent(task.id) + '/complete', { data });
      parts.submit.disabled = false;
      parts.status.textContent = '';
      if (sent.status === 204) {
        onDone();
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
  }

  return { show };
})();
