// SopIngest pages: upload with per-file progress, the live batch table, the review page's keyboard and links.
window.SopIngest = (() => {
  const $ = (s, r = document) => r.querySelector(s);
  const $$ = (s, r = document) => [...r.querySelectorAll(s)];
  const el = (tag, props = {}, ...kids) => { const e = Object.assign(document.createElement(tag), props); kids.forEach(k => e.append(k)); return e; };

  function upload() {
    const drop = $('#drop'), input = $('#files'), queue = $('#queue'), send = $('#send'), status = $('#upload-status');
    let files = [];
    const add = list => {
      for (const f of list) {
        const bar = el('progress', { max: 1, value: 0 });
        const state = el('span', { textContent: 'ready' });
        queue.append(el('li', {}, el('span', { textContent: `${f.name} (${Math.ceil(f.size / 1024)} KB)` }), bar, state));
        files.push({ file: f, bar, state });
      }
      send.disabled = files.length === 0;
    };
    input.addEventListener('change', () => add(input.files));
    drop.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); input.click(); } });
    ['dragenter', 'dragover'].forEach(t => drop.addEventListener(t, e => { e.preventDefault(); drop.classList.add('over'); }));
    ['dragleave', 'drop'].forEach(t => drop.addEventListener(t, e => { e.preventDefault(); drop.classList.remove('over'); }));
    drop.addEventListener('drop', e => add(e.dataTransfer.files));
    send.addEventListener('click', () => {
      const form = new FormData();
      files.forEach(f => form.append('files', f.file, f.file.name));
      const xhr = new XMLHttpRequest();
      xhr.open('POST', '/api/uploads');
      xhr.setRequestHeader('X-CSRF-TOKEN', send.dataset.csrf);
      // Parts go in order, so the bytes sent so far say how far each file got.
      xhr.upload.onprogress = e => {
        let offset = 0;
        for (const f of files) {
          const done = Math.min(1, Math.max(0, (e.loaded - offset) / Math.max(1, f.file.size)));
          f.bar.value = done; f.state.textContent = done >= 1 ? 'sent' : done > 0 ? `${Math.round(done * 100)}%` : 'waiting';
          offset += f.file.size;
        }
      };
      xhr.onload = () => {
        if (xhr.status === 202) {
          const batch = JSON.parse(xhr.responseText).batch;
          files.forEach(f => { f.bar.value = 1; f.state.textContent = 'sent'; });
          status.textContent = `Batch ${batch} registered; opening it…`;
          location.href = `/batches/${batch}`;
        } else {
          let reason = xhr.statusText;
          try { reason = JSON.parse(xhr.responseText).detail || reason; } catch { }
          status.textContent = `Upload failed (${xhr.status}): ${reason}`;
          files.forEach(f => f.state.textContent = 'failed');
          send.disabled = false;
        }
      };
      xhr.onerror = () => { status.textContent = 'Upload failed: the connection broke.'; send.disabled = false; };
      send.disabled = true;
      status.textContent = 'Uploading…';
      xhr.send(form);
    });
  }

  function batch(id, canRetry) {
    const body = $('#batch-items tbody'), summary = $('#batch-summary'), bar = $('#batch-progress');
    const retry = document.getElementById('retry-form');
    const draw = s => {
      summary.textContent = `${s.documents} files: ${s.succeeded} succeeded, ${s.failed} failed, ${s.running} running, ${s.queued} queued · ${s.records} records` + (s.done ? ' · done' : '');
      summary.dataset.done = s.done;
      bar.max = Math.max(1, s.documents); bar.value = s.succeeded + s.failed;
      body.replaceChildren(...s.items.map(i => {
        const what = el('td');
        if (i.state === 'failed') {
          what.append(el('span', { className: 'reason', textContent: i.error || 'failed' }));
          if (canRetry && i.document) {
            const b = el('button', { type: 'button', textContent: 'Retry' });
            b.addEventListener('click', () => { retry.elements.document.value = i.document; retry.submit(); });
            what.append(' ', b);
          }
        }
        i.records.forEach((r, n) => { if (n) what.append(', '); what.append(el('a', { href: `/records/${encodeURIComponent(r.id)}`, textContent: r.title || r.id })); });
        return el('tr', { className: `item state-${i.state}` },
          el('td', { textContent: i.ordinal }), el('td', { textContent: i.name + (i.duplicate ? ' (known already)' : '') }),
          el('td', { className: `state-${i.state}`, textContent: i.state }), what, el('td'));
      }));
      return s.done;
    };
    const poll = async () => {
      try {
        const r = await fetch(`/batches/${id}?handler=Status`, { headers: { Accept: 'application/json' } });
        if (r.ok && draw(await r.json())) return;
      } catch { }
      setTimeout(poll, 1000);
    };
    poll();
  }

  // The scan's overlays: table cells, swimlane shapes and words coloured by confidence, drawn in SVG over each
  // page image in the layout's page units; and the links between form fields and the regions they were read from.
  function scanOverlays() {
    const source = $('#scan-overlays');
    const none = { light() { }, regions: () => [] };
    if (!source) return none;
    const data = JSON.parse(source.textContent);
    const NS = 'http://www.w3.org/2000/svg';
    const svgEl = (tag, attrs, tip) => {
      const e = document.createElementNS(NS, tag);
      for (const k in attrs) e.setAttribute(k, attrs[k]);
      if (tip) { const t = document.createElementNS(NS, 'title'); t.textContent = tip; e.append(t); }
      return e;
    };
    // Red (0) through amber to green (1).
    const hue = c => Math.round(120 * Math.max(0, Math.min(1, c)));
    const shapeEl = r => {
      const a = { 'data-region': r.id, class: `region ${r.kind}` + (r.shape ? ` shape-${r.shape}` : '') };
      if (r.shape === 'decision') return svgEl('polygon', { ...a, points: `${r.x + r.w / 2},${r.y} ${r.x + r.w},${r.y + r.h / 2} ${r.x + r.w / 2},${r.y + r.h} ${r.x},${r.y + r.h / 2}` }, r.shape);
      if (r.shape === 'connector') return svgEl('ellipse', { ...a, cx: r.x + r.w / 2, cy: r.y + r.h / 2, rx: r.w / 2, ry: r.h / 2 }, r.shape);
      return svgEl('rect', { ...a, x: r.x, y: r.y, width: r.w, height: r.h, rx: r.shape === 'terminator' ? r.h / 2 : 0 }, r.shape || r.text);
    };
    const regions = new Map();
    for (const p of data.pages) {
      const sheet = $(`figure.page[data-page="${p.page}"] .sheet`);
      if (!sheet || !(p.width > 0 && p.height > 0)) continue;
      // The page keeps its shape before its (lazily loaded) image arrives, so a region scrolled to stays put.
      sheet.style.aspectRatio = `${p.width} / ${p.height}`;
      const svg = svgEl('svg', { class: 'overlay', viewBox: `0 0 ${p.width} ${p.height}`, preserveAspectRatio: 'none', 'data-testid': `overlay-${p.page}` });
      const words = svgEl('g', { class: 'layer words' });
      p.words.forEach(w => words.append(svgEl('rect', { class: 'word', x: w.x, y: w.y, width: w.w, height: w.h, fill: `hsl(${hue(w.confidence)} 85% 45%)`, 'data-confidence': w.confidence.toFixed(2) }, `${w.text} (${w.confidence.toFixed(2)})`)));
      const cells = svgEl('g', { class: 'layer cells' }), shapes = svgEl('g', { class: 'layer shapes' });
      p.regions.forEach(r => { const e = shapeEl(r); regions.set(r.id, e); (r.kind === 'shape' ? shapes : cells).append(e); });
      // Connectors with their arrowheads (sized in page units, like the page).
      const head = `ov-arrow-${p.page}`;
      const marker = svgEl('marker', { id: head, markerUnits: 'userSpaceOnUse', markerWidth: 7, markerHeight: 7, refX: 7, refY: 3.5, orient: 'auto' });
      marker.append(svgEl('path', { d: 'M0,0 L7,3.5 L0,7 z', class: 'arrowhead' }));
      const defs = svgEl('defs', {}); defs.append(marker); svg.append(defs);
      p.arrows.forEach(a => {
        shapes.append(svgEl('line', { class: 'arrow', x1: a.x1, y1: a.y1, x2: a.x2, y2: a.y2, 'marker-end': `url(#${head})` }, a.label || ''));
        if (!a.label) return;
        const label = svgEl('text', { class: 'arrow-label', x: (a.x1 + a.x2) / 2 + 2, y: (a.y1 + a.y2) / 2 - 2 });
        label.textContent = a.label;
        shapes.append(label);
      });
      // Read upright and straight; turned back onto the scan as it is.
      const turned = svgEl('g', p.transform ? { transform: `matrix(${p.transform.join(' ')})` } : {});
      turned.append(words, cells, shapes);
      svg.append(turned);
      sheet.append(svg);
    }
    // Toggles: a layer off hides it, the links still work on what stays.
    $$('[data-overlay]').forEach(box => box.addEventListener('change', () => $('.tab.scan').classList.toggle(`hide-${box.dataset.overlay}`, !box.checked)));
    // A region belongs to its most specific field (a cell to steps[2].activity rather than to the row steps[2]).
    const owner = new Map();
    Object.entries(data.links).sort((a, b) => a[1].length - b[1].length)
      .forEach(([field, ids]) => ids.forEach(id => owner.has(id) || owner.set(id, field)));
    const light = (field, on, cls = 'lit', scroll = false) => {
      const ids = data.links[field] || [];
      ids.forEach(id => regions.get(id)?.classList.toggle(cls, on));
      const first = regions.get(ids[0]);
      if (on && scroll && first && !first.closest('[hidden]')) first.scrollIntoView({ block: 'center', inline: 'nearest' });
    };
    return { light, owner, regions: () => [...regions.entries()] };
  }

  function review() {
    const form = $('#record-form');
    const svg = $('#swimlane svg');
    const scan = scanOverlays();
    // Tabs between the scan and the swimlane.
    $$('.pane-tabs [data-tab]').forEach(b => b.addEventListener('click', () => {
      $$('.pane-tabs [data-tab]').forEach(x => x.setAttribute('aria-selected', x === b));
      $$('[data-tab-panel]').forEach(p => p.hidden = p.dataset.tabPanel !== b.dataset.tab);
    }));
    // A step's fields and its shape in the swimlane light up together.
    const light = (no, on) => {
      if (!no) return;
      svg && $$(`[data-step="${no}"]`, svg).forEach(s => s.classList.toggle('lit', on));
      const row = document.getElementById(`step-${no}`); row && row.classList.toggle('lit', on);
    };
    $$('.step').forEach(row => {
      const rowField = `steps[${row.dataset.index}]`;
      const both = (on, scroll) => { light(row.dataset.step, on); scan.light(rowField, on, 'lit', scroll); };
      row.addEventListener('focusin', () => both(true, true));
      row.addEventListener('focusout', () => both(false));
      row.addEventListener('mouseenter', () => both(true));
      row.addEventListener('mouseleave', () => both(false));
    });
    // A field and the region it was read from light up together; clicking a region focuses its field.
    form && $$('[data-field]', form).forEach(f => {
      f.addEventListener('focus', () => scan.light(f.dataset.field, true, 'lit-field', true));
      f.addEventListener('blur', () => scan.light(f.dataset.field, false, 'lit-field'));
      f.addEventListener('mouseenter', () => scan.light(f.dataset.field, true, 'lit-field'));
      f.addEventListener('mouseleave', () => scan.light(f.dataset.field, false, 'lit-field'));
    });
    scan.regions().forEach(([id, e]) => e.addEventListener('click', () => {
      let name = scan.owner.get(id);
      if (!name) return;
      if (/^steps\[\d+\]$/.test(name)) name += '.activity';
      const f = form && form.querySelector(`[data-field="${CSS.escape(name)}"]`);
      if (f) { f.scrollIntoView({ block: 'center' }); f.focus(); }
    }));
    svg && $$('[data-step]', svg).forEach(s => {
      s.style.cursor = 'pointer';
      s.addEventListener('mouseenter', () => light(s.dataset.step, true));
      s.addEventListener('mouseleave', () => light(s.dataset.step, false));
      s.addEventListener('click', () => { const f = $(`#step-${s.dataset.step} textarea`); f && f.focus(); });
    });
    // Doubtful fields in the order of the list; n/p move, a accepts, e edits, Ctrl+S saves.
    const doubts = $$('#doubt-list [data-goto]').map(a => a.dataset.goto);
    const field = name => form && form.querySelector(`[data-field="${CSS.escape(name)}"]`);
    let at = -1;
    const go = (i, edit) => {
      if (!doubts.length) return;
      at = (i + doubts.length) % doubts.length;
      $$('.current-doubt').forEach(x => x.classList.remove('current-doubt'));
      const f = field(doubts[at]);
      if (!f) return;
      f.classList.add('current-doubt');
      f.scrollIntoView({ block: 'center' });
      f.focus();
      if (edit && f.select) f.select();
    };
    $$('#doubt-list [data-goto]').forEach((a, i) => a.addEventListener('click', e => { e.preventDefault(); go(i, true); }));
    const accept = () => { if (at < 0) return; const f = field(doubts[at]); f && f.classList.add('accepted'); go(at + 1); };
    const typing = t => t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT');
    let dirty = false;
    form && form.addEventListener('input', () => { dirty = true; const d = $('#dirty'); if (d) d.textContent = 'unsaved changes'; });
    form && form.addEventListener('submit', () => { dirty = false; });
    window.addEventListener('beforeunload', e => { if (dirty) { e.preventDefault(); } });
    document.addEventListener('keydown', e => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') { e.preventDefault(); form && form.requestSubmit($('#save')); return; }
      if (e.altKey && e.key === 'ArrowDown') { e.preventDefault(); go(at + 1); return; }
      if (e.altKey && e.key === 'ArrowUp') { e.preventDefault(); go(at - 1); return; }
      if (e.altKey && e.key.toLowerCase() === 'a') { e.preventDefault(); accept(); return; }
      if (e.key === 'Escape' && typing(e.target)) { e.target.blur(); e.target.closest('.step, fieldset')?.setAttribute('tabindex', '-1'); e.target.closest('.step, fieldset')?.focus(); return; }
      if (typing(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'n' || e.key === 'j') { e.preventDefault(); go(at + 1); }
      else if (e.key === 'p' || e.key === 'k') { e.preventDefault(); go(at - 1); }
      else if (e.key === 'a') { e.preventDefault(); accept(); }
      else if (e.key === 'e' || (e.key === 'Enter' && at >= 0)) { e.preventDefault(); go(Math.max(at, 0), true); }
    });
    // Opened from a search hit: go to that step.
    const step = form && form.dataset.step;
    if (step) { const f = $(`#step-${step} textarea`); if (f) { f.scrollIntoView({ block: 'center' }); f.focus(); } }
  }

  return { upload, batch, review };
})();
