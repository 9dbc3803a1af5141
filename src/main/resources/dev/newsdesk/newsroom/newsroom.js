// The newsroom page: a client of the API's routes, nothing more. Text from the API goes into the page as text
// (textContent) everywhere; the one exception is an article's `html`, which the API builds from a fixed set of
// safe tags for exactly this use.
'use strict';

(() => {
  /** The page is served at …/newsroom: the API's routes are its siblings, whatever the stage. */
  const API = new URL('.', location.href);
  const POLL_MILLIS = 2000;
  const RANKING_EVERY = 5; // polls: the rankings move once a minute on AWS
  const PAGE_SIZE = 25;
  const MAX_PAGE = 100;
  const FOLLOW_POLLS = 120; // half-second polls of a sent file's status

  const $ = (id) => document.getElementById(id);
  const SVG = 'http://www.w3.org/2000/svg';

  const view = {
    filters: { state: '', prefix: '' },
    uploads: [],
    next: null,
    shown: '', // the listing last drawn, to redraw only what changed
    open: null, // { key, slug } of the upload or article shown
    openVersion: '', // its status' updatedAt when it was drawn
    window: 'all',
    polls: 0,
    signedOut: false, // the editor routes said 401: no polling them until a token is given
    points: null, // the chart's, kept to redraw it at a new width
  };

  // ---------------------------------------------------------------- the API

  class Problem extends Error {
  }

  /** The editor routes (/uploads) take a bearer token where they are guarded (AWS, `./newsdesk local --auth`). */
  const signIn = window.newsdeskSignIn;
  const isEditorRoute = (path) => path.startsWith('uploads');

  async function call(path, init = {}) {
    const headers = { ...(init.headers || {}) };
    const token = signIn.token();
    if (token && isEditorRoute(path)) headers.Authorization = `Bearer ${token}`;
    let response;
    try {
      response = await fetch(new URL(path, API), { cache: 'no-cache', ...init, headers });
    } catch (offline) {
      throw new Problem('the API did not answer; is it running?');
    }
    if (response.ok) return response.json();
    if (response.status === 401 && isEditorRoute(path)) askToSignIn(token);
    let detail = `HTTP ${response.status}`;
    try {
      const problem = await response.json();
      detail = problem.detail || problem.message || problem.title || detail;
    } catch (notJson) {
      // the status alone, then
    }
    throw new Problem(detail);
  }

  const query = (params) => new URLSearchParams(
    Object.entries(params).filter(([, value]) => value !== '' && value != null)).toString();

  const uploadPath = (key) => `uploads/${encodeURIComponent(key)}`;
  const articlePath = (slug) => `articles/${encodeURIComponent(slug)}`;

  // ---------------------------------------------------------------- small helpers

  /** An element with a class and text; children are elements or strings (as text). */
  function el(tag, className, ...children) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    for (const child of children) {
      if (child == null || child === '') continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function button(label, onClick, className) {
    const b = el('button', className, label);
    b.type = 'button';
    b.addEventListener('click', onClick);
    return b;
  }

  const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

  function time(iso) {
    if (!iso) return null;
    const when = new Date(iso);
    if (Number.isNaN(when.getTime())) return el('span', null, iso);
    const node = el('time', null, dateTime.format(when));
    node.dateTime = iso;
    return node;
  }

  /** A link only to an http(s) address; anything else is shown as text. */
  function link(href, text) {
    let url;
    try {
      url = new URL(href);
    } catch (notUrl) {
      return el('span', null, text);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return el('span', null, text);
    const a = el('a', null, text);
    a.href = url.href;
    a.rel = 'noopener noreferrer';
    return a;
  }

  const stateBadge = (state) => el('span', `state state-${state}`, state);

  function note(id, text, isError) {
    const node = $(id);
    node.textContent = text || '';
    node.classList.toggle('error', Boolean(isError));
  }

  // ---------------------------------------------------------------- signing in

  /**
   * Shows the sign-in form once (with the provider's login where there is one), and stops asking the editor
   * routes until there is a token to try.
   */
  function askToSignIn(triedToken, why) {
    if (triedToken) signIn.forget();
    view.signedOut = true;
    $('signout').hidden = true;
    const form = $('signin');
    $('signin-why').textContent = why || (triedToken ? 'Your sign-in was refused (expired, or not for this API). '
      + 'Sign in again.' : 'The uploads are for editors: sign in to see and send them.');
    $('signin-why').classList.toggle('error', Boolean(why));
    $('signin-hosted').hidden = !signIn.hosted();
    if (!form.hidden) return;
    form.hidden = false;
    $('signin-heading').focus();
  }

  function signedIn() {
    $('signin').hidden = true;
    $('signout').hidden = !signIn.token();
    view.signedOut = false;
  }

  function wireSignIn() {
    $('signin').addEventListener('submit', (e) => {
      e.preventDefault();
      signIn.useToken($('token').value.trim());
      $('token').value = '';
      signedIn();
      refreshUploads();
    });
    $('signin-provider').addEventListener('click', () => {
      signIn.signIn().catch((e) => askToSignIn(null, `Signing in failed: ${e.message}.`));
    });
    $('signout').addEventListener('click', () => {
      signIn.signOut();
      view.uploads = [];
      view.shown = '';
      $('uploads').replaceChildren();
      askToSignIn(null, 'You are signed out.');
    });
  }

  // ---------------------------------------------------------------- uploads

  async function loadUploads() {
    const limit = Math.min(MAX_PAGE, Math.max(PAGE_SIZE, view.uploads.length));
    const page = await call(`uploads?${query({ ...view.filters, limit })}`);
    view.uploads = page.uploads;
    view.next = page.nextCursor;
    drawUploads();
  }

  async function moreUploads() {
    const page = await call(`uploads?${query({ ...view.filters, limit: PAGE_SIZE, cursor: view.next })}`);
    view.uploads = view.uploads.concat(page.uploads);
    view.next = page.nextCursor;
    drawUploads();
  }

  function drawUploads() {
    $('more').hidden = !view.next;
    const drawn = JSON.stringify([view.uploads, view.open && view.open.key]);
    if (drawn === view.shown) return;
    view.shown = drawn;
    const list = $('uploads');
    const focused = document.activeElement && document.activeElement.closest('#uploads li');
    const focusedKey = focused ? focused.dataset.key : null;
    list.replaceChildren(...view.uploads.map(uploadRow));
    if (focusedKey != null) {
      const again = [...list.children].find((li) => li.dataset.key === focusedKey);
      if (again) again.querySelector('button').focus();
    }
    note('uploads-note', view.uploads.length ? '' : 'No uploads match.');
    const open = view.open && view.uploads.find((u) => u.key === view.open.key);
    if (open && open.updatedAt !== view.openVersion) show({ key: open.key }, false);
  }

  function uploadRow(upload) {
    const li = el('li', 'upload');
    li.dataset.key = upload.key;
    li.dataset.state = upload.state;
    if (view.open && view.open.key === upload.key) li.classList.add('open');
    const open = button(upload.key, () => show({ key: upload.key }, true), 'key');
    open.setAttribute('aria-label', `Open ${upload.key} (${upload.state})`);
    li.append(open, stateBadge(upload.state));
    if (upload.title) li.append(el('span', 'title', upload.title));
    if (upload.slug) li.append(el('code', 'slug', upload.slug));
    if (upload.reason) li.append(el('span', 'reason', upload.reason));
    const times = el('span', 'times');
    if (upload.updatedAt) times.append(upload.state === 'pending' ? 'seen ' : 'updated ', time(upload.updatedAt));
    if (upload.firstPublishedAt) times.append(' · first published ', time(upload.firstPublishedAt));
    li.append(times);
    return li;
  }

  async function refreshUploads() {
    try {
      await loadUploads();
      $('refreshed').textContent = `Updated ${new Date().toLocaleTimeString()}`;
    } catch (e) {
      note('uploads-note', `Could not load the uploads: ${e.message}`, true);
    }
  }

  // ---------------------------------------------------------------- one upload or article

  /**
   * Shows an upload's status and, once published, its article as readers see it with its views; from the most
   * read, an article and then its upload's status. {@code focus}: move the keyboard there (a person asked).
   */
  async function show(target, focus) {
    view.open = { ...target };
    const listed = view.uploads.find((u) => u.key === target.key);
    view.openVersion = listed ? listed.updatedAt : '';
    $('detail-empty').hidden = true;
    if (focus) {
      $('detail-heading').focus();
      drawUploads();
    }
    try {
      let status = null;
      if (target.key) {
        status = await call(uploadPath(target.key));
        view.openVersion = status.updatedAt;
        drawStatus(status);
      }
      const slug = status ? (status.state === 'published' ? status.slug : null) : target.slug;
      if (!slug) {
        $('preview').hidden = true;
        $('views').hidden = true;
        return;
      }
      view.open.slug = slug;
      // An editor's look is no reader's view: the API counts none for a preview.
      const article = await call(articlePath(slug), { headers: { Purpose: 'preview' } });
      drawArticle(article);
      if (!status && article.source && article.source.key) {
        view.open.key = article.source.key;
        status = await call(uploadPath(article.source.key));
        view.openVersion = status.updatedAt;
        drawStatus(status);
        drawUploads();
      }
      await loadViews();
    } catch (e) {
      drawError(e);
    }
  }

  function drawStatus(status) {
    const box = $('status');
    box.hidden = false;
    box.dataset.state = status.state;
    const facts = el('dl', 'facts');
    const fact = (name, ...value) => {
      if (value.every((v) => v == null || v === '')) return;
      facts.append(el('dt', null, name), el('dd', null, ...value));
    };
    fact('Upload', el('code', null, status.key));
    fact('State', stateBadge(status.state));
    fact('Slug', status.slug ? el('code', null, status.slug) : null);
    fact('Updated', time(status.updatedAt));
    fact('First published', time(status.firstPublishedAt));
    box.replaceChildren(facts);
    if (status.state === 'failed' || status.state === 'pending' || status.state === 'deleted') {
      box.append(explanation(status));
    }
  }

  /** Why an upload is not published, in words, and what the editor can do. */
  function explanation(status) {
    const why = el('div', `why why-${status.state}`);
    why.setAttribute('role', status.state === 'failed' ? 'alert' : 'note');
    const words = status.failure ? status.failure.words : status.reason;
    const todo = status.failure ? status.failure.todo : null;
    if (status.state === 'failed') {
      why.append(el('p', 'why-title', 'This upload was not published.'));
      if (words) why.append(el('p', 'why-reason', el('strong', null, 'Why: '), words));
      if (todo) why.append(el('p', 'why-todo', el('strong', null, 'What to do: '), todo));
    } else if (status.state === 'pending') {
      why.append(el('p', 'why-title', 'The file is in the bucket and waits for the ingest.'),
        el('p', 'why-todo', 'It is usually published within seconds; this page updates on its own.'));
    } else {
      why.append(el('p', 'why-title', 'The file was deleted from the bucket, so its article is unpublished.'),
        el('p', 'why-todo', 'Upload the file again under the same key to bring the article back with its views.'));
    }
    return why;
  }

  function drawArticle(article) {
    const preview = $('preview');
    const parts = [el('h3', 'headline', article.title)];
    const meta = el('p', 'meta');
    const metaParts = [
      article.section,
      (article.authors || []).join(', '),
      article.publishedAt ? time(article.publishedAt) : null,
      article.language,
      article.wordCount != null ? `${article.wordCount} words` : null,
      article.readingTimeMinutes != null ? `${article.readingTimeMinutes} min read` : null,
      article.views != null ? `${article.views} views` : null,
    ].filter((p) => p != null && p !== '');
    metaParts.forEach((part, i) => meta.append(i ? ' · ' : '', part));
    parts.push(meta);
    if (article.canonicalUrl) parts.push(el('p', 'canonical', link(article.canonicalUrl, article.canonicalUrl)));
    const body = el('div', 'body');
    body.innerHTML = article.html || ''; // sanitized by the API: fixed tags, http(s) URLs only
    if (article.image && article.image.url && !imageShown(body, article.image.url)) {
      parts.push(leadImage(article.image));
    }
    parts.push(body);
    preview.replaceChildren(...parts);
    preview.hidden = false;
  }

  function imageShown(body, url) {
    return [...body.querySelectorAll('img')].some((img) => img.getAttribute('src') === url);
  }

  function leadImage(image) {
    const figure = el('figure', 'lead');
    const url = new URL(image.url, location.href);
    if (url.protocol === 'https:' || url.protocol === 'http:') {
      const img = el('img');
      img.src = url.href;
      img.alt = image.alt || '';
      figure.append(img);
    }
    const caption = [image.caption, image.credit].filter(Boolean).join(' · ');
    if (caption) figure.append(el('figcaption', null, caption));
    return figure;
  }

  function drawError(e) {
    const box = $('status');
    box.hidden = false;
    box.replaceChildren(el('p', 'error', `Could not show it: ${e.message}`));
  }

  // ---------------------------------------------------------------- views chart

  async function loadViews() {
    const slug = view.open && view.open.slug;
    if (!slug) return;
    const answer = await call(`${articlePath(slug)}/views?window=7d`);
    $('views').hidden = false;
    view.points = answer.points;
    drawChart(view.points);
  }

  /**
   * Views per hour as bars, with the days along the bottom; a summary for screen readers. Drawn at the figure's
   * own width, so that its text keeps its size on a phone.
   */
  function drawChart(points) {
    const width = Math.max(300, Math.round($('chart').clientWidth || 720));
    const height = width < 600 ? 180 : 200;
    const left = 34;
    const bottom = 22;
    const top = 8;
    const total = points.reduce((sum, p) => sum + p.views, 0);
    const peak = points.reduce((max, p) => Math.max(max, p.views), 0);
    const scale = niceCeiling(peak);
    const plotHeight = height - top - bottom;
    const barWidth = (width - left) / Math.max(points.length, 1);

    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', `${total} views in the last 7 days; at most ${peak} in one hour`);
    const shape = (name, attributes, text) => {
      const node = document.createElementNS(SVG, name);
      for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, String(v));
      if (text != null) node.textContent = text;
      svg.append(node);
      return node;
    };
    for (const fraction of [0, 0.5, 1]) {
      const y = top + plotHeight * (1 - fraction);
      shape('line', { x1: left, x2: width, y1: y, y2: y, class: 'grid' });
      shape('text', { x: left - 4, y: y + 4, class: 'axis', 'text-anchor': 'end' }, formatCount(scale * fraction));
    }
    const dayLabel = new Intl.DateTimeFormat(undefined, width < 420 ? { day: 'numeric' }
      : { weekday: 'short', day: 'numeric' });
    const hourLabel = new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: 'numeric' });
    points.forEach((point, i) => {
      const hour = new Date(point.hour);
      const x = left + i * barWidth;
      if (hour.getHours() === 0 && i > 0) {
        shape('line', { x1: x, x2: x, y1: top, y2: top + plotHeight, class: 'day' });
        shape('text', { x: x + 3, y: height - 6, class: 'axis day-label' }, dayLabel.format(hour));
      }
      if (point.views > 0) {
        const h = Math.max(1, plotHeight * point.views / scale);
        const bar = shape('rect', {
          x: x + barWidth * 0.1, width: barWidth * 0.8, y: top + plotHeight - h, height: h, class: 'bar',
        });
        const tip = document.createElementNS(SVG, 'title');
        tip.textContent = `${hourLabel.format(hour)}: ${point.views} views`;
        bar.append(tip);
      }
    });
    const figure = $('chart');
    figure.dataset.total = String(total);
    figure.replaceChildren(svg, el('figcaption', 'muted',
      total ? `${total} views in the last 7 days, at most ${peak} in one hour.` : 'No views in the last 7 days yet.'));
    // Today's label starts near the right edge: measured once drawn, it ends at the edge instead of past it.
    for (const label of svg.querySelectorAll('text.day-label')) {
      const box = label.getBBox();
      if (box.x + box.width > width) {
        label.setAttribute('x', width - 2);
        label.setAttribute('text-anchor', 'end');
      }
    }
  }

  /** An even number of views, at least {@code n}: the axis' top, whose half is a whole number too. */
  function niceCeiling(n) {
    const power = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(n, 1))));
    return [2, 4, 6, 8, 10].map((m) => m * power).find((v) => v >= n);
  }

  const formatCount = (n) => String(Math.round(n));

  // ---------------------------------------------------------------- most read

  async function loadSections() {
    const answer = await call('sections');
    const select = $('section');
    const chosen = select.value;
    select.replaceChildren(el('option', null, 'all sections'),
      ...(answer.sections || []).map((s) => el('option', null, s.name)));
    select.options[0].value = '';
    select.value = chosen;
  }

  async function loadRanking() {
    try {
      const answer = await call(`rankings?${query({ window: view.window, section: $('section').value, limit: 10 })}`);
      const items = (answer.articles || []).map((a) => {
        const li = el('li');
        li.append(button(a.title || a.slug, () => show({ slug: a.slug }, true), 'ranked'),
          el('span', 'count', `${a.views} ${a.views === 1 ? 'view' : 'views'}`));
        if (a.section) li.append(el('span', 'muted', a.section));
        return li;
      });
      $('ranking').replaceChildren(...items);
      note('ranking-note', items.length ? '' : 'Nothing read in this window yet.');
    } catch (e) {
      note('ranking-note', `Could not load the most read: ${e.message}`, true);
    }
  }

  // ---------------------------------------------------------------- upload by drag and drop

  function folder() {
    const raw = $('folder').value.trim().replace(/^\/+/, '');
    return raw && !raw.endsWith('/') ? `${raw}/` : raw;
  }

  function send(files) {
    for (const file of files) sendOne(file, folder() + file.name);
  }

  async function sendOne(file, key) {
    const line = el('li', 'sending');
    line.dataset.key = key;
    const says = el('span', 'says', 'asking for an upload address…');
    line.append(el('code', null, key), ' ', says);
    $('sent').prepend(line);
    const step = (text, state) => {
      says.textContent = text;
      line.className = state;
    };
    try {
      const before = await findUpload(key);
      const grant = await call('uploads', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ key, size: file.size }),
      });
      step('sending…', 'sending');
      let put;
      try {
        put = await fetch(grant.url, { method: 'PUT', body: file });
      } catch (unreachable) {
        throw new Problem('the bucket did not accept the connection (is its CORS set for this page?)');
      }
      if (!put.ok) throw new Problem(`the bucket refused the file (HTTP ${put.status})`);
      step('sent; waiting for the ingest…', 'sending');
      refreshUploads();
      const after = await ingested(grant.key || key, before);
      if (after.state === 'published') {
        step(`published: ${after.title || after.slug}`, 'done');
      } else {
        step(`${after.state}: ${after.reason || ''}`, after.state === 'failed' ? 'failed' : 'done');
      }
      const open = button('Open', () => show({ key: after.key }, true), 'small');
      open.setAttribute('aria-label', `Open ${after.key}`);
      line.append(' ', open);
    } catch (e) {
      step(e.message, 'failed');
    }
  }

  /** The upload's status as the listing has it, or null (found by its key as prefix, then exactly). */
  async function findUpload(key) {
    const page = await call(`uploads?${query({ prefix: key, limit: 10 })}`);
    return page.uploads.find((u) => u.key === key) || null;
  }

  /** Waits (polling) until the upload's status is newer than {@code before}: the ingest has taken the file. */
  async function ingested(key, before) {
    for (let attempt = 0; attempt < FOLLOW_POLLS; attempt += 1) {
      await new Promise((resolve) => { setTimeout(resolve, 500); });
      const now = await findUpload(key);
      if (now && (!before || now.updatedAt !== before.updatedAt)) return now;
    }
    throw new Problem('sent, but not ingested after a minute; it will show in the list once it is');
  }

  function wireDrop() {
    const zone = $('drop');
    // A file dropped beside the zone would make the browser leave the page to show it.
    window.addEventListener('dragover', (e) => e.preventDefault());
    window.addEventListener('drop', (e) => e.preventDefault());
    zone.addEventListener('dragover', (e) => {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      zone.classList.add('over');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('over'));
    zone.addEventListener('drop', (e) => {
      e.preventDefault();
      zone.classList.remove('over');
      send(e.dataTransfer.files);
    });
    $('file').addEventListener('change', (e) => {
      send(e.target.files);
      e.target.value = '';
    });
  }

  // ---------------------------------------------------------------- wiring and live refresh

  function wire() {
    wireDrop();
    wireSignIn();
    $('filters').addEventListener('submit', (e) => {
      e.preventDefault();
      view.filters = { state: $('state').value, prefix: $('prefix').value.trim() };
      view.uploads = [];
      refreshUploads();
    });
    $('state').addEventListener('change', () => $('filters').requestSubmit());
    $('more').addEventListener('click', () => moreUploads().catch((e) => note('uploads-note', e.message, true)));
    $('views-refresh').addEventListener('click', () => loadViews().catch(drawError));
    for (const b of document.querySelectorAll('[data-window]')) {
      b.addEventListener('click', () => {
        view.window = b.dataset.window;
        for (const other of document.querySelectorAll('[data-window]')) {
          other.setAttribute('aria-pressed', String(other === b));
        }
        loadRanking();
      });
    }
    $('section').addEventListener('change', loadRanking);
    window.addEventListener('resize', () => {
      if (view.points && !$('views').hidden) drawChart(view.points);
    });
  }

  async function poll() {
    if ($('live').checked && document.visibilityState === 'visible') {
      if (!view.signedOut) await refreshUploads();
      view.polls += 1;
      if (view.polls % RANKING_EVERY === 0) {
        await loadSections().catch(() => {});
        await loadRanking();
      }
    }
    setTimeout(poll, POLL_MILLIS);
  }

  wire();
  signIn.ready.then(() => {
    if (signIn.token()) signedIn();
    return refreshUploads();
  }, (e) => askToSignIn(null, `Signing in failed: ${e.message}.`));
  loadSections().catch((e) => note('ranking-note', e.message, true)).then(loadRanking);
  setTimeout(poll, POLL_MILLIS);
})();
