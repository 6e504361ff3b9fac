// One programme: where it is, its figures, and its timeline with each step under the stage it ran in.
'use strict';

(async () => {
  Console.showWho();
  const id = new URLSearchParams(window.location.search).get('id') || '';
  const status = document.getElementById('status');
  const [programme, timeline] = await Promise.all([
    Console.api('GET', 'programmes/' + encodeURIComponent(id)),
    Console.api('GET', 'programmes/' + encodeURIComponent(id) + '/timeline')]);
  if (programme.status !== 200 || timeline.status !== 200) {
    status.textContent = (programme.status !== 200 ? programme : timeline).body.message;
    return;
  }
  const figures = programme.body;
  document.title = figures.name + ' · Flipside';
  document.getElementById('title').textContent = figures.name;
  document.getElementById('stage').textContent = 'Now in ' + Console.stage(figures.stage)
    + (figures.cohortNumber > 0 ? ' · cohort ' + figures.cohortNumber : '');
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
  // consecutive entries of one stage form one section
  const sections = document.getElementById('timeline');
  let list = null;
  let current = null;
  for (const entry of timeline.body) {
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
})();
