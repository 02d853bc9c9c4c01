/**
 * The residents' page script: plain ES5 (no arrow functions, fetch, promises or modules), so a
 * five-year-old phone's browser runs it. It sends questions through a small outbox in
 * localStorage (each with a clientId, retried until the laptop answers, so nothing is sent twice),
 * adds "me too", and refreshes the shown questions at once and then every 10 seconds (the laptop
 * says which ones this phone already supported). The page works without it too
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
    left.textContent = fill(T.charsLeft, n < 0 ? 0 : n);
    left.className = n < 0 ? 'left over' : 'left';
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

  function render(questions) {
    while (list.firstChild) list.removeChild(list.firstChild);
    if (!questions.length) {
      var empty = document.createElement('li');
      empty.className = 'empty';
      empty.textContent = T.nothingShown;
      list.appendChild(empty);
      return;
    }
    for (var i = 0; i < questions.length; i++) list.appendChild(item(questions[i]));
  }
  function item(q) {
    var li = document.createElement('li');
    var p = document.createElement('p');
    p.textContent = q.text;
    li.appendChild(p);
    var count = document.createElement('span');
    count.className = 'count';
    count.textContent = fill(T.raised, q.raised);
    li.appendChild(count);
    var b = document.createElement('button');
    b.type = 'button';
    var done = !!supported[q.id];
    b.textContent = done ? T.meTooDone : T.meToo;
    b.disabled = done;
    b.setAttribute('aria-pressed', done ? 'true' : 'false');
    b.onclick = function () {
      b.disabled = true;
      var id = supported[q.id] || newId();
      request('POST', '/support', { questionId: q.id, clientId: id }, function (code, data) {
        if (code === 200) { supported[q.id] = id; write(SUPPORTED, supported); refresh(); }
        else { b.disabled = false; say(errorText(code, data), 'error'); }
      });
    };
    li.appendChild(b);
    return li;
  }
  function refresh() {
    request('GET', '/questions', null, function (code, data) {
      if (code !== 200 || !data || !data.questions) return;
      var done = data.supported || [];
      for (var i = 0; i < done.length; i++) if (!supported[done[i]]) supported[done[i]] = 'server';
      write(SUPPORTED, supported);
      render(data.questions);
    });
  }
  updateLeft();
  flush();
  refresh();
  setInterval(refresh, 10000);
  setInterval(flush, 15000);
})();
`;
