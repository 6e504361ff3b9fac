// One programme: where it is, its figures, the match review with each pair's reasons, the signed-in employee's own
// steps in it (each task's form, done in place), the evaluation report, and the timeline with each step under the
// stage it ran in.
'use strict';

(async () => {
  Console.showWho();
  const id = new URLSearchParams(window.location.search).get('id') || '';
  const path = 'programmes/' + encodeURIComponent(id);
  const status = document.getElementById('status');
  const [programme, timeline, matches, report, tasks, events] = await Promise.all([
    Console.api('GET', path), Console.api('GET', path + '/timeline'), Console.api('GET', path + '/matches'),
    Console.api('GET', path + '/report'), Console.api('GET', 'tasks'), Console.api('GET', path + '/events')]);
  if (programme.status !== 200 || timeline.status !== 200) {
    status.textContent = (programme.status !== 200 ? programme : timeline).body.message;
    return;
  }
  const figures = programme.body;
  document.title = figures.name + ' · Flipside';
  document.getElementById('title').textContent = figures.name;
  document.getElementById('stage').textContent = 'Now in ' + Console.stage(figures.stage)
    + (figures.cohortNumber > 0 ? ' · cohort ' + figures.cohortNumber : '');
  showFigures(figures);
  if (matches.status === 200 && (matches.body.pairs.length > 0 || matches.body.unmatched.length > 0)) {
    showMatches(matches.body);
  }
  if (tasks.status === 200) {
    await showSteps(tasks.body.filter((task) => task.programmeId === id));
  }
  if (events.status === 200) {
    await showEvents(path, events.body);
  }
  if (report.status === 200) {
    showReport(path, report.body);
  }
  showTimeline(timeline.body);
})();

function showFigures(figures) {
  const rows = [
    ['Applications', figures.applications], ['Mentors', figures.mentors], ['Mentees', figures.mentees],
    ['On the waitlist', figures.waitlisted], ['Pairs meeting', figures.activePairs],
    ['Pairs completed', figures.completedPairs], ['Pairs ended early', figures.pairsEndedEarly],
    ['Sessions held', figures.sessionsHeld], ['Sessions missed', figures.sessionsMissed],
    ['Survey responses', figures.surveyResponses]];
  const body = document.getElementById('figures');
  for (const [label, value] of rows) {
    const row = Console.element('tr');
    row.append(Console.element('th', label), Console.element('td', String(value)));
    row.firstChild.scope = 'row';
    body.append(row);
  }
}

function person(who) {
  const cell = Console.element('td');
  cell.append(Console.element('strong', who.name), Console.element('br'),
    Console.element('span', 'Band ' + who.band + ' · ' + who.department, 'meta'));
  return cell;
}

function showMatches(overview) {
  document.getElementById('matches').hidden = false;
  document.getElementById('matches-state').textContent = (overview.published
    ? 'Published: the pairs have been told.' : 'A proposal, not yet published.')
    + ' Cohort ' + overview.cohortNumber + ' · ' + overview.pairs.length + ' pairs.';
  const pairs = document.getElementById('pairs');
  for (const pair of overview.pairs) {
    const row = Console.element('tr');
    const why = Console.element('td');
    const reasons = Console.element('ul', undefined, 'reasons');
    for (const reason of pair.reasons) {
      reasons.append(Console.element('li', reason.rule.replaceAll('-', ' ') + ' (+' + reason.points + ')'
        + (reason.detail ? ': ' + reason.detail : '')));
    }
    why.append(pair.reasons.length > 0 ? reasons : Console.element('span', 'Passes the rules; nothing in common'
      + ' scored', 'meta'));
    row.append(person(pair.mentor), person(pair.mentee), Console.element('td', String(pair.score)), why);
    pairs.append(row);
  }
  const unmatched = document.getElementById('unmatched');
  for (const left of overview.unmatched) {
    unmatched.append(Console.element('li', left.person.name + ' (' + left.role + '): ' + left.reason));
  }
  if (overview.unmatched.length === 0) {
    unmatched.append(Console.element('li', 'Nobody.'));
  }
  if (!overview.published) {
    showExceptions(overview);
  }
}

/** Limiting the line-management rule and allowing one pair a rule forbids, for the next proposal. */
function showExceptions(overview) {
  document.getElementById('exceptions').hidden = false;
  const path = 'programmes/' + encodeURIComponent(overview.programmeId);
  const people = { MENTOR: new Map(), MENTEE: new Map() };
  for (const pair of overview.pairs) {
    people.MENTOR.set(pair.mentor.employeeId, pair.mentor.name);
    people.MENTEE.set(pair.mentee.employeeId, pair.mentee.name);
  }
  for (const left of overview.unmatched) {
    people[left.role].set(left.person.employeeId, left.person.name);
  }
  for (const [role, select] of [['MENTOR', 'allow-mentor'], ['MENTEE', 'allow-mentee']]) {
    const options = document.getElementById(select);
    for (const [employeeId, name] of [...people[role]].sort((a, b) => a[1].localeCompare(b[1]))) {
      const option = Console.element('option', name);
      option.value = employeeId;
      options.append(option);
    }
  }
  answered('line-chain', 'line-chain-answer', () => Console.api('POST', path + '/line-chain', {
    levels: Number(document.getElementById('levels').value),
    topOfOrganisationMatchable: document.getElementById('top-matchable').checked
  }), 'Changed. Propose again to apply it.');
  answered('allow-pair', 'allow-answer', () => Console.api('POST', path + '/allowed-pairs', {
    mentorEmployeeId: document.getElementById('allow-mentor').value,
    menteeEmployeeId: document.getElementById('allow-mentee').value,
    reason: document.getElementById('allow-reason').value
  }), 'Allowed. Propose again to let the next proposal pair them.');
}

/** Sends a form's request on submit and shows Flipside's answer, or its refusal, beneath it. */
function answered(formId, answerId, send, success) {
  const form = document.getElementById(formId);
  const answer = document.getElementById(answerId);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const reply = await send();
    answer.textContent = reply.status === 204 ? success : reply.body.message;
    answer.className = reply.status === 204 ? 'done' : 'problems';
  });
}

async function showSteps(tasks) {
  if (tasks.length === 0) {
    return;
  }
  document.getElementById('steps-section').hidden = false;
  const steps = document.getElementById('steps');
  for (const summary of tasks) {
    const reply = await Console.api('GET', 'tasks/' + encodeURIComponent(summary.id));
    if (reply.status !== 200) {
      continue;
    }
    const task = reply.body;
    const section = Console.element('section', undefined, 'step');
    section.setAttribute('aria-label', task.name);
    const problems = Console.element('div', undefined, 'problems');
    problems.setAttribute('role', 'alert');
    problems.tabIndex = -1;
    problems.hidden = true;
    const problemList = Console.element('ul');
    problems.append(Console.element('h4', 'Please check your answers'), problemList);
    const form = Console.element('div', undefined, 'step-form');
    const submit = Console.element('button', 'Submit: ' + task.name);
    submit.type = 'button';
    submit.disabled = true;
    const actions = Console.element('p', undefined, 'actions');
    actions.append(submit);
    const status = Console.element('p');
    status.setAttribute('aria-live', 'polite');
    section.append(Console.element('h3', task.name), problems, form, actions, status);
    steps.append(section);
    await TaskForm.show(task, { form, submit, problems, problemList, status }, () => window.location.reload());
  }
}

function showReport(path, report) {
  document.getElementById('report').hidden = false;
  document.getElementById('report-headline').textContent = 'Cohort ' + report.cohortNumber + ': ' + report.headline;
  document.getElementById('report-pdf').href = '/flipside/console/api/' + path + '/report.pdf';
  document.getElementById('report-frame').src = '/flipside/console/api/' + path + '/report.html';
}

function showTimeline(entries) {
  // consecutive entries of one stage form one section
  const sections = document.getElementById('timeline');
  let list = null;
  let current = null;
  for (const entry of entries) {
    if (entry.stage !== current) {
      current = entry.stage;
      sections.append(Console.element('h3', Console.stage(current)));
      list = Console.element('ol', undefined, 'timeline');
      sections.append(list);
    }
    const item = Console.element('li');
    const when = Console.element('time', Console.date(entry.at), 'meta');
    when.dateTime = entry.at;
    item.append(when, document.createTextNode(' '), Console.element('span', entry.event));
    list.append(item);
  }
}

const EVENT_KINDS = {
  MENTOR_KICK_OFF: 'Kick-off workshop for mentors', MENTEE_KICK_OFF: 'Kick-off workshop for mentees',
  KNOWLEDGE_SESSION: 'Knowledge session', COACHING_SESSION: 'Coaching session', FEEDBACK_SESSION: 'Feedback session',
  PRESENTATION: 'Presentation'
};

/** The cohort's events with their attendance, moving or cancelling each, and planning a new one. */
async function showEvents(path, events) {
  document.getElementById('events-section').hidden = false;
  const attendance = await Console.api('GET', path + '/attendance');
  const registers = new Map((attendance.status === 200 ? attendance.body : []).map((each) => [each.eventId, each]));
  const body = document.getElementById('events');
  const answer = document.getElementById('event-answer');
  const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  for (const event of events.slice().sort((a, b) => a.start.localeCompare(b.start))) {
    const row = Console.element('tr');
    const what = Console.element('td');
    what.append(Console.element('strong', event.title), Console.element('br'),
      Console.element('span', (EVENT_KINDS[event.kind] || event.kind) + (event.cancelledAt ? ' · cancelled' : '')
        + (event.sequence > 0 && !event.cancelledAt ? ' · moved' : ''), 'meta'));
    const register = registers.get(event.id);
    const change = Console.element('td');
    if (!event.cancelledAt) {
      const cancel = Console.element('button', 'Cancel ' + event.title, 'link');
      cancel.type = 'button';
      cancel.addEventListener('click', async () => {
        const reply = await Console.api('POST', 'events/' + encodeURIComponent(event.id) + '/cancel', {});
        answer.textContent = reply.status === 200 ? 'Cancelled: everyone invited is told.' : reply.body.message;
        if (reply.status === 200) {
          window.location.reload();
        }
      });
      change.append(moveForm(event, answer), cancel);
    }
    row.append(what, Console.element('td', when.format(new Date(event.start)) + ' · ' + event.place),
      Console.element('td', register && register.recorded ? register.attendedIds.length + ' of ' + register.invited
        : 'Not recorded'), change);
    body.append(row);
  }
  if (events.length === 0) {
    const row = Console.element('tr');
    const none = Console.element('td', 'No events planned yet.');
    none.colSpan = 4;
    row.append(none);
    body.append(row);
  }
  document.getElementById('plan-event').addEventListener('submit', async (submitted) => {
    submitted.preventDefault();
    const start = new Date(document.getElementById('event-start').value);
    const minutes = Number(document.getElementById('event-minutes').value);
    const reply = await Console.api('POST', path + '/events', {
      kind: document.getElementById('event-kind').value,
      title: document.getElementById('event-title').value,
      start: start.toISOString(),
      end: new Date(start.getTime() + minutes * 60000).toISOString(),
      place: document.getElementById('event-place').value,
      agenda: document.getElementById('event-agenda').value,
      audience: document.getElementById('event-audience').value
    });
    answer.textContent = reply.status === 201 ? 'Planned: everyone invited gets a calendar invite.'
      : reply.body.message;
    answer.className = reply.status === 201 ? 'done' : 'problems';
    if (reply.status === 201) {
      window.location.reload();
    }
  });
}

/** A new start for the event, keeping its length: everyone's calendar entry is replaced. */
function moveForm(event, answer) {
  const form = Console.element('form', undefined, 'move');
  const id = 'move-' + event.id;
  const label = Console.element('label', 'Move ' + event.title + ' to');
  label.htmlFor = id;
  const start = Console.element('input');
  start.type = 'datetime-local';
  start.id = id;
  start.required = true;
  const move = Console.element('button', 'Move');
  move.type = 'submit';
  form.append(label, start, move);
  form.addEventListener('submit', async (submitted) => {
    submitted.preventDefault();
    const from = new Date(start.value);
    const length = new Date(event.end).getTime() - new Date(event.start).getTime();
    const reply = await Console.api('POST', 'events/' + encodeURIComponent(event.id) + '/move', {
      start: from.toISOString(), end: new Date(from.getTime() + length).toISOString()
    });
    answer.textContent = reply.status === 200 ? 'Moved: everyone invited is told.' : reply.body.message;
    answer.className = reply.status === 200 ? 'done' : 'problems';
    if (reply.status === 200) {
      window.location.reload();
    }
  });
  return form;
}
