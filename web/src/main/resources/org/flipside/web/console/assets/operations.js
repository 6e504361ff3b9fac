// Operations, for HR admins: Flipside's health part by part, and the steps whose work failed, each with a retry
// for once its cause is fixed (a host service back, say).
'use strict';

(() => {
  const PARTS = {
    ENGINE: 'Process engine', DATABASE: 'Database', JOB_EXECUTOR: 'Timed work', FAILED_STEPS: 'Failed steps',
    DIRECTORY: "Host's directory", NOTIFIER: "Host's notifications", CALENDAR: "Host's calendar",
    LEARNING_RECORDS: "Host's learning records"
  };
  const STATUSES = { UP: 'Up', DEGRADED: 'Degraded', DOWN: 'Down' };

  function when(iso) {
    if (!iso) {
      return Console.element('td', '—');
    }
    const cell = Console.element('td');
    const time = Console.element('time', new Intl.DateTimeFormat(undefined,
      { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)));
    time.dateTime = iso;
    cell.append(time);
    return cell;
  }

  function showHealth(health) {
    document.getElementById('overall').textContent = STATUSES[health.status] || health.status;
    document.getElementById('checked').replaceChildren('Checked ', when(health.checkedAt).firstChild);
    const rows = document.getElementById('components');
    rows.replaceChildren();
    for (const part of health.components) {
      const row = Console.element('tr');
      row.dataset.component = part.component;
      row.append(Console.element('th', PARTS[part.component] || part.component),
        Console.element('td', STATUSES[part.status] || part.status, 'health-' + part.status.toLowerCase()),
        Console.element('td', part.reason), Console.element('td', String(part.waiting)), when(part.lastFailureAt));
      row.firstChild.scope = 'row';
      rows.append(row);
    }
    document.getElementById('health-section').hidden = false;
  }

  function showIncidents(incidents) {
    const rows = document.getElementById('incidents');
    rows.replaceChildren();
    document.getElementById('incidents-table').hidden = incidents.length === 0;
    document.getElementById('incidents-status').textContent = incidents.length === 0
      ? 'No step is waiting for a retry.'
      : incidents.length === 1 ? '1 step is waiting for a retry.' : incidents.length + ' steps are waiting for a retry.';
    for (const incident of incidents) {
      const row = Console.element('tr');
      row.dataset.incident = incident.id;
      const programme = Console.element('td');
      if (incident.programmeId) {
        const link = Console.element('a', 'Programme');
        link.href = '/flipside/console/programme?id=' + encodeURIComponent(incident.programmeId);
        programme.append(link);
      } else {
        programme.textContent = '—';
      }
      const action = Console.element('td');
      const retry = Console.element('button', 'Retry', 'link');
      retry.type = 'button';
      retry.setAttribute('aria-label', 'Retry ' + incident.step);
      retry.addEventListener('click', () => retryIncident(incident, retry));
      action.append(retry);
      row.append(Console.element('td', incident.step), programme, when(incident.occurredAt),
        Console.element('td', incident.reason), action);
      rows.append(row);
    }
    document.getElementById('incidents-section').hidden = false;
  }

  async function retryIncident(incident, button) {
    button.disabled = true;
    const status = document.getElementById('status');
    const reply = await Console.api('POST', 'incidents/' + encodeURIComponent(incident.id) + '/retry');
    if (reply.status !== 200) {
      status.textContent = reply.body.message;
    } else {
      status.textContent = reply.body.succeeded ? '“' + incident.step + '” ran again and succeeded.'
        : '“' + incident.step + '” failed again: it waits for another retry.';
    }
    await load(false);
  }

  async function load(announce) {
    const status = document.getElementById('status');
    const reply = await Console.api('GET', 'operations');
    if (reply.status !== 200) {
      status.textContent = reply.body.message;
      return;
    }
    if (announce) {
      status.textContent = '';
    }
    showHealth(reply.body.health);
    showIncidents(reply.body.incidents);
  }

  Console.showWho();
  load(true);
})();
