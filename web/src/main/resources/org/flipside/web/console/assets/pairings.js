// The signed-in employee's pairings: each partner with the learning agreement, the employee's private reflections
// (a form to write one), asking the programme manager for support or the coaches for coaching, and raising a concern; then the concerns they
// raised and how far each has got.
'use strict';

const ROLES = { MENTOR: 'You mentor', MENTEE: 'You are mentored by' };
const STATUSES = { ACTIVE: 'Meeting', COMPLETED: 'Completed', ENDED_EARLY: 'Ended early' };
const FREQUENCIES = {
  WEEKLY: 'every week', EVERY_TWO_WEEKS: 'every two weeks', EVERY_THREE_WEEKS: 'every three weeks',
  EVERY_MONTH: 'every month', EVERY_SIX_WEEKS: 'every six weeks'
};
const FORMATS = { ONLINE: 'online', IN_PERSON: 'in person', PHONE: 'by phone', MIXED: 'in a mix of ways' };
const PROGRESS = { RAISED: 'Raised: waiting to be acknowledged', ACKNOWLEDGED: 'Acknowledged', RESOLVED: 'Resolved' };

(async () => {
  Console.showWho();
  const status = document.getElementById('status');
  const [pairings, concerns] = await Promise.all([Console.api('GET', 'pairings'), Console.api('GET', 'concerns')]);
  if (pairings.status !== 200) {
    status.textContent = pairings.body.message;
    return;
  }
  status.textContent = pairings.body.length === 0 ? 'You are in no pairing yet.'
    : pairings.body.length === 1 ? 'You are in 1 pairing.' : 'You are in ' + pairings.body.length + ' pairings.';
  for (const pairing of pairings.body) {
    document.getElementById('pairings').append(await pairingSection(pairing));
  }
  if (concerns.status === 200) {
    showConcerns(concerns.body);
  }
})();

async function pairingSection(pairing) {
  const path = 'pairings/' + encodeURIComponent(pairing.pairingId);
  const section = Console.element('section', undefined, 'step');
  const title = Console.element('h2', ROLES[pairing.role] + ' ' + pairing.partnerName);
  title.id = 'pairing-' + pairing.pairingId;
  section.setAttribute('aria-labelledby', title.id);
  section.append(title, Console.element('p', STATUSES[pairing.status] || pairing.status, 'meta'));

  const [agreement, reflections] = await Promise.all([Console.api('GET', path + '/agreement'),
    Console.api('GET', path + '/reflections')]);
  if (agreement.status === 200 && agreement.body.length > 0) {
    const latest = agreement.body[agreement.body.length - 1];
    const terms = latest.terms;
    section.append(Console.element('h3', 'Learning agreement'), Console.element('p', 'Version ' + latest.version
      + ' (' + latest.status.toLowerCase() + '): meet ' + (FORMATS[terms.meetingFormat] || terms.meetingFormat)
      + ', ' + (FREQUENCIES[terms.frequency] || terms.frequency) + '; ' + (terms.arranger === pairing.role
        ? 'you arrange' : 'your partner arranges') + ' the meetings'
      + (terms.protectedTime ? '; protected time in both diaries.' : '.')));
  }
  if (pairing.status === 'ACTIVE') {
    section.append(reflectionForm(path, pairing), supportForm(path, pairing), coachingForm(path, pairing),
      concernForm(pairing));
  }
  section.append(Console.element('h3', 'Your private reflections'));
  const list = Console.element('ul', undefined, 'reflections');
  list.id = 'reflections-' + pairing.pairingId;
  section.append(list);
  if (reflections.status === 200) {
    showReflections(list, reflections.body);
  }
  return section;
}

function showReflections(list, reflections) {
  list.replaceChildren();
  if (reflections.length === 0) {
    list.append(Console.element('li', 'None yet.', 'meta'));
  }
  for (const reflection of reflections.slice().reverse()) {
    const item = Console.element('li');
    item.append(Console.element('p', Console.date(reflection.writtenAt), 'meta'), Console.element('p', reflection.text));
    list.append(item);
  }
}

/** A form with one text area that posts {field: text} and shows Flipside's answer beneath it. */
function textForm(name, label, hint, button, send) {
  const form = Console.element('form', undefined, 'note');
  const id = name.replace(/[^a-z0-9-]/gi, '-');
  const caption = Console.element('label', label);
  caption.htmlFor = id;
  const area = Console.element('textarea');
  area.id = id;
  area.rows = 3;
  area.required = true;
  const help = Console.element('p', hint, 'meta');
  help.id = id + '-hint';
  area.setAttribute('aria-describedby', help.id);
  const answer = Console.element('p', undefined, 'meta');
  answer.setAttribute('role', 'status');
  answer.id = id + '-answer';
  const submit = Console.element('button', button);
  submit.type = 'submit';
  const actions = Console.element('p', undefined, 'actions');
  actions.append(submit);
  form.append(caption, area, help, actions, answer);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    const reply = await send(area.value);
    submit.disabled = false;
    answer.textContent = reply.ok ? reply.message : reply.body.message;
    answer.className = reply.ok ? 'done' : 'problems';
    if (reply.ok) {
      area.value = '';
    }
  });
  return form;
}

function reflectionForm(path, pairing) {
  return textForm('reflection-' + pairing.pairingId, 'Write a private reflection',
    'Only you will ever read it. Up to 4,000 characters.', 'Keep this reflection', async (text) => {
      const reply = await Console.api('POST', path + '/reflections', { text });
      if (reply.status === 201) {
        const mine = await Console.api('GET', path + '/reflections');
        showReflections(document.getElementById('reflections-' + pairing.pairingId), mine.body);
      }
      return { ok: reply.status === 201, message: 'Kept. Only you can read it.', body: reply.body };
    });
}

function supportForm(path, pairing) {
  return textForm('support-' + pairing.pairingId, 'Does your pairing need support?',
    'The programme manager hears from you and contacts you both. Say what would help, not what was said in your '
      + 'sessions. Up to 500 characters.', 'Ask for support', async (note) => {
      const reply = await Console.api('POST', path + '/support', { note });
      return { ok: reply.status === 204, message: 'The programme manager has been told.', body: reply.body };
    });
}

function coachingForm(path, pairing) {
  return textForm('coaching-' + pairing.pairingId, 'Would coaching help you?',
    "The programme's coaches hear that you asked; the first to answer arranges a session with you. Say what you "
      + 'would like help with, not what was said in your sessions. Up to 500 characters.', 'Ask for coaching',
    async (note) => {
      const reply = await Console.api('POST', path + '/coaching', { note });
      return { ok: reply.status === 204, message: 'The coaches have been told. You will hear when one answers.',
        body: reply.body };
    });
}

function concernForm(pairing) {
  return textForm('concern-' + pairing.pairingId, 'Raise a concern',
    'For something that worries you about the programme or how you are treated in it. It goes to the EDI leads '
      + 'only, never to your partner.', 'Raise this concern', async (summary) => {
      const reply = await Console.api('POST', 'programmes/' + encodeURIComponent(pairing.programmeId) + '/concerns',
        { summary });
      if (reply.status === 201) {
        const concerns = await Console.api('GET', 'concerns');
        showConcerns(concerns.body);
      }
      return { ok: reply.status === 201, message: 'Raised. The EDI leads will acknowledge it.', body: reply.body };
    });
}

function showConcerns(concerns) {
  const list = document.getElementById('concerns');
  list.replaceChildren();
  if (concerns.length === 0) {
    list.append(Console.element('li', 'You have raised no concern.', 'meta'));
  }
  for (const concern of concerns) {
    const item = Console.element('li', undefined, 'task');
    item.append(Console.element('p', concern.programmeName + ' · raised ' + Console.date(concern.raisedAt), 'meta'),
      Console.element('p', concern.summary),
      Console.element('p', (PROGRESS[concern.progress] || concern.progress)
        + (concern.outcome ? ': ' + concern.outcome : ''), 'meta'));
    list.append(item);
  }
}
