/**
 * The residents' page script: plain ES5 (no arrow functions, fetch, promises or modules), so a
 * five-year-old phone's browser runs it. It sends questions through a small outbox in
 * localStorage (each with a clientId, retried until the laptop answers, so nothing is sent twice),
 * adds "me too", and refreshes the shown questions at once and then every 10 seconds (the laptop
 * says which ones this phone already supported), updating the list in place (see `update`). The page works without it too
 * (a plain form post). Text comes from the page's own catalog in `data-` attributes.
 */
export const RESIDENT_SCRIPT = String.raw`(function () {
  var root = document.getElementById('room');
  if (!root || !window.XMLHttpRequest || !window.JSON) return;
  var base = root.getAttribute('data-base');
  var lang = root.getAttribute('data-lang');
  var T = JSON.parse(root.getAttribute('data-text'));
  var form = document.getElementById('ask');
  var box = document.getElementById('q');
  var status = document.getElementById('status');
  var left = document.getElementById('left');
  var list = document.getElementById('shown');
  var store = window.localStorage;
  var OUTBOX = 'convene.r.' + base + '.outbox';
  var SUPPORTED = 'convene.r.' + base + '.supported';
  var sending = false;

  function read(key, fallback) {
    try { var v = store && store.getItem(key); return v ? JSON.parse(v) : fallback; } catch (e) { return fallback; }
  }
  function write(key, value) {
    try { if (store) store.setItem(key, JSON.stringify(value)); } catch (e) { /* full or private mode: memory only */ }
  }
  function fill(s, n) { return s.replace('{n}', String(n)); }
  function newId() {
    var a = '', i, c = window.crypto || window.msCrypto;
    if (c && c.getRandomValues) { var b = new Uint8Array(16); c.getRandomValues(b); for (i = 0; i < 16; i++) a += (b[i] + 256).toString(16).slice(1); return a; }
    for (i = 0; i < 4; i++) a += Math.floor(Math.random() * 4294967296).toString(16);
    return a + new Date().getTime().toString(16);
  }
  function say(text, kind) {
    status.className = 'status ' + (kind || '');
    status.textContent = text;
  }
  function request(method, path, body, done) {
    var x = new XMLHttpRequest();
    x.open(method, base + path + (path.indexOf('?') < 0 ? '?' : '&') + 'lang=' + lang, true);
    x.setRequestHeader('Accept', 'application/json');
    if (body) x.setRequestHeader('Content-Type', 'application/json');
    x.timeout = 15000;
    x.onreadystatechange = function () {
      if (x.readyState !== 4) return;
      var data = null;
      try { data = JSON.parse(x.responseText); } catch (e) { data = null; }
      done(x.status, data);
    };
    x.send(body ? JSON.stringify(body) : null);
  }
  function errorText(status, data) {
    if (data && data.error && data.error.message) return data.error.message;
    if (status === 413) return T.tooLarge;
    if (status === 429) return T.rateLimited;
    return T.invalid;
  }

  var outbox = read(OUTBOX, []);
  var supported = read(SUPPORTED, {});
  function flush() {
    if (sending || outbox.length === 0) return;
    sending = true;
    var item = outbox[0];
    request('POST', '/questions', item, function (code, data) {
      sending = false;
      if (code === 200) {
        outbox.shift(); write(OUTBOX, outbox);
        say(T.sent, 'ok');
        flush();
      } else if (code >= 400 && code < 500 && code !== 408 && code !== 429) {
        outbox.shift(); write(OUTBOX, outbox);
        say(errorText(code, data), 'error');
        flush();
      } else if (code === 429) {
        say(errorText(code, data), 'error');
        setTimeout(flush, 20000);
      } else {
        say(fill(T.waiting, outbox.length), 'wait');
        setTimeout(flush, 5000);
      }
    });
  }

  function updateLeft() {
    var n = 500 - box.value.length;
    left.textContent = n < 0 ? fill(T.charsOver, -n) : fill(T.charsLeft, n);
    left.className = n < 0 ? 'left over' : 'left';
    // "Sent" belongs to the question before: typing the next one clears it.
    if (status.className.indexOf(' ok') >= 0) say('', '');
  }
  box.oninput = box.onkeyup = updateLeft;

  form.onsubmit = function (e) {
    if (e && e.preventDefault) e.preventDefault();
    var text = box.value.replace(/^\s+|\s+$/g, '');
    if (!text) { say(T.empty, 'error'); box.focus(); return false; }
    if (text.length > 500) { say(T.tooLong, 'error'); box.focus(); return false; }
    var topic = document.getElementById('topic'), area = document.getElementById('area');
    outbox.push({ text: text, clientId: newId(), topic: topic && topic.value ? topic.value : null, area: area && area.value ? area.value : null, language: lang });
    write(OUTBOX, outbox);
    box.value = '';
    updateLeft();
    flush();
    return false;
  };

  // The shown list is updated in place: one <li> per question id, made once and kept; only the
  // text, the count and the button change, and a node moves only when the order changed (focus is
  // given back to a moved button). While a finger or the mouse is down on the list nothing changes
  // under it (the update waits until just after the tap), so a tap is never lost to a redraw.
  var items = {};
  var empty = null;
  var holding = false;
  var waitingUpdate = null;

  function firstByClass(el, tag, cls) {
    var all = el.getElementsByTagName(tag);
    for (var i = 0; i < all.length; i++) if ((' ' + all[i].className + ' ').indexOf(' ' + cls + ' ') >= 0) return all[i];
    return null;
  }
  function setButton(it) {
    var done = !!supported[it.id];
    var text = done ? T.meTooDone : T.meToo;
    if (it.button.textContent !== text) it.button.textContent = text;
    it.button.disabled = done || it.busy;
    it.button.setAttribute('aria-pressed', done ? 'true' : 'false');
  }
  function tap(it) {
    if (it.busy || supported[it.id]) return;
    it.busy = true;
    setButton(it);
    if (!tries[it.id]) tries[it.id] = newId();
    request('POST', '/support', { questionId: it.id, clientId: tries[it.id] }, function (code, data) {
      it.busy = false;
      if (code === 200) { supported[it.id] = tries[it.id]; delete tries[it.id]; write(SUPPORTED, supported); setButton(it); refresh(); }
      else { setButton(it); say(errorText(code, data), 'error'); }
    });
  }
  var tries = {};
  // A question the server rendered (a plain form post without script): its form now goes through tap().
  function adopt(li) {
    var it = { id: li.getAttribute('data-id'), li: li, p: li.getElementsByTagName('p')[0], count: firstByClass(li, 'span', 'count'), button: li.getElementsByTagName('button')[0], busy: false };
    var f = li.getElementsByTagName('form')[0];
    if (f) f.onsubmit = function (e) { if (e && e.preventDefault) e.preventDefault(); tap(it); return false; };
    else it.button.onclick = function () { tap(it); };
    return it;
  }
  function make(q) {
    var li = document.createElement('li');
    li.setAttribute('data-id', q.id);
    var p = document.createElement('p');
    li.appendChild(p);
    var count = document.createElement('span');
    count.className = 'count';
    li.appendChild(count);
    var b = document.createElement('button');
    b.type = 'button';
    li.appendChild(b);
    var it = { id: q.id, li: li, p: p, count: count, button: b, busy: false };
    b.onclick = function () { tap(it); };
    return it;
  }
  (function () {
    var lis = list.getElementsByTagName('li');
    for (var i = 0; i < lis.length; i++) {
      var id = lis[i].getAttribute('data-id');
      if (id) items[id] = adopt(lis[i]);
      else if (lis[i].className === 'empty') empty = lis[i];
    }
  })();

  function update(questions) {
    if (holding) { waitingUpdate = questions; return; }
    waitingUpdate = null;
    var focused = document.activeElement;
    var seen = {};
    var cursor = list.firstChild;
    for (var i = 0; i < questions.length; i++) {
      var q = questions[i];
      var it = items[q.id] || (items[q.id] = make(q));
      seen[q.id] = true;
      if (it.p.textContent !== q.text) it.p.textContent = q.text;
      var c = fill(T.raised, q.raised);
      if (it.count.textContent !== c) it.count.textContent = c;
      setButton(it);
      if (it.li === cursor) cursor = cursor.nextSibling;
      else list.insertBefore(it.li, cursor);
    }
    while (cursor) {
      var next = cursor.nextSibling;
      if (cursor !== empty || questions.length) list.removeChild(cursor);
      cursor = next;
    }
    for (var id in items) if (items.hasOwnProperty(id) && !seen[id]) delete items[id];
    if (!questions.length) {
      if (!empty) { empty = document.createElement('li'); empty.className = 'empty'; empty.textContent = T.nothingShown; }
      if (empty.parentNode !== list) list.appendChild(empty);
    }
    if (focused && focused !== document.activeElement && focused.focus && list.contains && list.contains(focused)) focused.focus();
  }
  function hold() { holding = true; }
  function release() {
    holding = false;
    // After the click that follows this release (a tap's mouse events come just after touchend).
    setTimeout(function () { if (!holding && waitingUpdate) update(waitingUpdate); }, 400);
  }
  list.onmousedown = list.ontouchstart = hold;
  list.onmouseup = list.ontouchend = list.ontouchcancel = release;
  document.onmouseup = function () { if (holding) release(); };

  function refresh() {
    request('GET', '/questions', null, function (code, data) {
      if (code !== 200 || !data || !data.questions) return;
      var done = data.supported || [];
      for (var i = 0; i < done.length; i++) if (!supported[done[i]]) supported[done[i]] = 'server';
      write(SUPPORTED, supported);
      update(data.questions);
    });
  }
  updateLeft();
  flush();
  refresh();
  setInterval(refresh, 10000);
  setInterval(flush, 15000);
})();
`;
