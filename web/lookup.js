// The helpline quick lookup: searches as the adviser types, shows numbers as tel: links with a copy
// button each, and says plainly whether each contact is open now. Built with textContent only.
(function () {
  'use strict';
  var input = document.getElementById('q');
  var form = document.getElementById('lookup-form');
  var list = document.getElementById('results');
  var count = document.getElementById('result-count');
  var latest = 0;
  var timer;

  var BADGE_CLASSES = { open: 'badge badge--open', closed: 'badge badge--closed', unknown: 'badge badge--unknown' };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function copyButton(number) {
    var button = el('button', 'copy-button', 'Copy');
    button.type = 'button';
    button.setAttribute('aria-label', 'Copy ' + number);
    button.addEventListener('click', function () {
      var done = function () { count.textContent = 'Copied ' + number + '.'; };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(number).then(done, function () { count.textContent = 'Could not copy; the number is ' + number + '.'; });
      } else {
        var scratch = el('textarea');
        scratch.value = number;
        scratch.setAttribute('readonly', '');
        scratch.className = 'visually-hidden';
        document.body.appendChild(scratch);
        scratch.select();
        document.execCommand('copy');
        document.body.removeChild(scratch);
        button.focus();
        done();
      }
    });
    return button;
  }

  function renderContact(contact, result) {
    var box = el('div', contact.isAlternative ? 'contact contact--alternative' : 'contact');
    if (contact.id !== result.id) box.appendChild(el('h4', '', contact.name));
    var state = el('p');
    state.appendChild(el('span', BADGE_CLASSES[contact.availability], contact.status.charAt(0).toUpperCase() + contact.status.slice(1)));
    box.appendChild(state);
    contact.phones.forEach(function (phone) {
      var line = el('p', 'phone');
      var link = el('a', '', phone.number);
      link.href = 'tel:' + phone.dial;
      line.appendChild(link);
      line.appendChild(copyButton(phone.number));
      var extra = [phone.label, phone.note].filter(Boolean).join('; ');
      if (extra) line.appendChild(el('span', '', extra));
      box.appendChild(line);
    });
    contact.emails.forEach(function (address) {
      var line = el('p');
      var link = el('a', '', address);
      link.href = 'mailto:' + address;
      line.appendChild(link);
      box.appendChild(line);
    });
    if (contact.hoursAsPrinted) box.appendChild(el('p', '', 'Hours: ' + contact.hoursAsPrinted));
    contact.web.forEach(function (address) {
      var line = el('p');
      // Only web addresses are linked; anything else is shown as printed.
      if (/^https?:\/\//i.test(address)) {
        var link = el('a', '', address);
        link.href = address;
        line.appendChild(link);
      } else {
        line.textContent = address;
      }
      box.appendChild(line);
    });
    return box;
  }

  function renderResult(result) {
    var item = el('li', 'result');
    item.appendChild(el('h3', '', result.name));
    item.appendChild(el('p', 'result__meta', [result.kind === 'service' ? 'Service' : 'Contact', result.authority].filter(Boolean).join(', ')));
    if (result.oneLine) item.appendChild(el('p', 'result__line', result.oneLine));
    result.contacts.forEach(function (contact) { item.appendChild(renderContact(contact, result)); });
    if (!result.contacts.length) item.appendChild(el('p', 'result__line', 'The source prints no contact for this.'));
    item.appendChild(el('p', 'result__source', 'Source: ' + result.citation));
    return item;
  }

  function show(query, body) {
    list.replaceChildren.apply(list, body.results.map(renderResult));
    if (!query.trim()) count.textContent = '';
    else if (!body.results.length) count.textContent = 'Nothing matches "' + query + '". Try a shorter word or part of a number.';
    else count.textContent = body.results.length + (body.results.length === 1 ? ' match' : ' matches') + ' for "' + query + '".';
  }

  function search() {
    var query = input.value;
    var ticket = ++latest;
    if (!query.trim()) { show(query, { results: [] }); return; }
    fetch('/api/lookup?q=' + encodeURIComponent(query))
      .then(function (response) { if (!response.ok) throw new Error(); return response.json(); })
      .then(function (body) { if (ticket === latest) show(query, body); })
      .catch(function () { if (ticket === latest) count.textContent = 'The lookup is not answering. In an emergency call 999.'; });
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(search, 120);
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') { input.value = ''; search(); }
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var first = list.querySelector('a[href^="tel:"], a[href^="mailto:"]');
    if (first) first.focus();
  });
  if (input.value) search();
})();
