// The helpline quick lookup: searches as the adviser types, shows each result's numbers first (as tel:
// links only where the number can be dialled as printed), says plainly whether each contact is open
// now, and keeps the search in the address (?q=) so a result can be shared. Built with textContent only.
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

  var anchorFor = function (contactId) { return 'contact-' + contactId; };

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

  // A number to dial is a link; a fax, a minicom or a number printed without its area code is text with
  // a label saying why it is not a link.
  function phoneLine(phone) {
    var line = el('p', 'phone phone--' + phone.kind);
    if (phone.dial) {
      var link = el('a', '', phone.number);
      link.href = 'tel:' + phone.dial;
      if (phone.extension) link.setAttribute('aria-label', phone.number + ' (dials the extension after a pause)');
      line.appendChild(link);
    } else {
      line.appendChild(el('span', 'phone__number', phone.number));
    }
    line.appendChild(copyButton(phone.number));
    var extra = [phone.notDialable, phone.label && phone.label.toLowerCase() !== phone.kind ? phone.label : '', phone.dial ? phone.note : '']
      .filter(Boolean).join('; ');
    if (extra) line.appendChild(el('span', 'phone__label', extra));
    return line;
  }

  function renderContact(contact, result) {
    var box = el('div', contact.isAlternative ? 'contact contact--alternative' : 'contact');
    if (contact.shownAbove) {
      var ref = el('p', 'contact__ref');
      ref.appendChild(document.createTextNode(contact.isAlternative ? 'Instead, now: ' : ''));
      var back = el('a', '', contact.name + ': numbers above');
      back.href = '#' + anchorFor(contact.id);
      ref.appendChild(back);
      box.appendChild(ref);
      return box;
    }
    box.id = anchorFor(contact.id);
    if (contact.id !== result.id) box.appendChild(el('h4', '', contact.name));
    contact.phones.forEach(function (phone) { box.appendChild(phoneLine(phone)); });
    var state = el('p');
    state.appendChild(el('span', BADGE_CLASSES[contact.availability], contact.status.charAt(0).toUpperCase() + contact.status.slice(1)));
    box.appendChild(state);
    if (contact.hoursAsPrinted) box.appendChild(el('p', '', 'Hours: ' + contact.hoursAsPrinted));
    contact.emails.forEach(function (address) {
      var line = el('p');
      var link = el('a', '', address);
      link.href = 'mailto:' + address;
      line.appendChild(link);
      box.appendChild(line);
    });
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

  // The numbers come straight after the name: on a call the number is what is needed first.
  function renderResult(result) {
    var item = el('li', 'result');
    item.appendChild(el('h3', '', result.name));
    item.appendChild(el('p', 'result__meta', [result.kind === 'service' ? 'Service' : 'Contact', result.authority].filter(Boolean).join(', ')));
    result.contacts.forEach(function (contact) { item.appendChild(renderContact(contact, result)); });
    if (!result.contacts.length) item.appendChild(el('p', 'result__line', 'The source prints no contact for this.'));
    if (result.oneLine) item.appendChild(el('p', 'result__line', result.oneLine));
    item.appendChild(el('p', 'result__source', 'Source: ' + result.citation));
    return item;
  }

  function show(query, body) {
    list.replaceChildren.apply(list, body.results.map(renderResult));
    if (!query.trim()) count.textContent = '';
    else if (!body.results.length) count.textContent = 'Nothing matches "' + query + '". Try a shorter word or part of a number.';
    else count.textContent = body.results.length + (body.results.length === 1 ? ' match' : ' matches') + ' for "' + query + '".';
  }

  // The address always says what is shown, so it can be copied and sent; replaceState, so Back leaves the page.
  function remember(query) {
    var url = new URL(window.location.href);
    if (query.trim()) url.searchParams.set('q', query); else url.searchParams.delete('q');
    if (url.href !== window.location.href) window.history.replaceState(null, '', url.href);
  }

  function search() {
    var query = input.value;
    var ticket = ++latest;
    remember(query);
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

  // A shared link (?q=mash+city) shows its results at once. The box takes focus only when empty:
  // on a phone, focus opens the keyboard over the results someone came to see.
  var shared = new URL(window.location.href).searchParams.get('q');
  if (shared) { input.value = shared; search(); }
  else if (input.value) search();
  else input.focus();
})();
