/**
 * The review half of the page's script (vanilla JS, inline, no network): records a decision per
 * queued item in localStorage under the run's id (so decisions survive a reload and two runs never
 * mix), keeps the "decided n / m" counter and each item's state, and exports the decisions as
 * `decisions.jsonl` (CONTRACT.md) through a Blob download. It reads `data-*` attributes only.
 * After any change it dispatches `rubricate:decided` so the filters re-apply.
 */
export const REVIEW_SCRIPT = `(() => {
  'use strict';
  const bar = document.getElementById('review-bar');
  if (!bar) return;
  const runKey = 'rubricate:decisions:' + (bar.dataset.run || 'unknown');
  const nameKey = 'rubricate:reviewer';
  const nameInput = document.getElementById('reviewer-name');
  const counter = document.getElementById('decided-count');
  const message = document.getElementById('review-message');
  const exportButton = document.getElementById('export-decisions');
  const panels = Array.from(document.querySelectorAll('#review-queue .decision'));
  const memory = {};
  let persistent = true;
  function load(key, fallback) {
    try {
      const text = window.localStorage.getItem(key);
      return text === null ? fallback : JSON.parse(text);
    } catch {
      persistent = false;
      return key in memory ? memory[key] : fallback;
    }
  }
  function save(key, value) {
    memory[key] = value;
    try {
      window.localStorage.setItem(key, JSON.stringify(value));
    } catch {
      if (persistent) say('This browser does not let the page keep decisions: export them before closing it.');
      persistent = false;
    }
  }
  const stored = load(runKey, null);
  const state = stored && typeof stored === 'object' && stored.decisions ? stored : { version: 1, decisions: {}, notes: {} };
  if (!state.notes) state.notes = {};
  function say(text) {
    if (!message) return;
    message.textContent = text;
    message.hidden = !text;
  }
  function reviewer() {
    return nameInput ? nameInput.value.trim() : '';
  }
  if (nameInput) {
    nameInput.value = load(nameKey, '') || '';
    nameInput.addEventListener('input', () => {
      save(nameKey, nameInput.value.trim());
      if (reviewer()) say('');
    });
  }
  const ratingWords = (panel, rating) => {
    const button = panel.querySelector('[data-decide="rate"][data-rating="' + rating + '"]');
    return button ? button.textContent : String(rating);
  };
  function describe(panel, d) {
    if (d.decision === 'rate') return 'rated ' + ratingWords(panel, d.rating);
    if (d.decision === 'accept') {
      const accept = panel.querySelector('[data-decide="accept"]');
      return accept ? accept.textContent.replace(/^Accept:? /, 'accepted ') : 'accepted';
    }
    return d.decision === 'not_asked' ? 'not asked' : 'answer mis-located';
  }
  function render(panel) {
    const key = panel.dataset.key;
    const item = panel.closest('.review-item');
    const d = state.decisions[key];
    const applied = item && item.dataset.applied === 'true';
    for (const button of panel.querySelectorAll('[data-decide]')) {
      const chosen = !!d && button.dataset.decide === d.decision &&
        (d.decision !== 'rate' || button.dataset.rating === String(d.rating));
      button.setAttribute('aria-pressed', chosen ? 'true' : 'false');
    }
    const undo = panel.querySelector('[data-undo]');
    if (undo) undo.hidden = !d;
    const note = panel.querySelector('[data-note]');
    if (note && document.activeElement !== note) note.value = (d && d.note) || state.notes[key] || '';
    const text = panel.querySelector('.decision-state');
    if (text && d) text.textContent = 'Decided: ' + describe(panel, d) + ' by ' + d.reviewer + (d.note ? ' · “' + d.note + '”' : '') + '. Export to apply it.';
    else if (text && !d && text.dataset.initial !== undefined) text.textContent = text.dataset.initial;
    if (item) {
      const decided = !!d || applied;
      item.classList.toggle('decided', decided);
      item.dataset.decided = decided ? 'true' : 'false';
    }
  }
  function update() {
    let decided = 0;
    for (const panel of panels) {
      render(panel);
      const item = panel.closest('.review-item');
      if (item && item.dataset.decided === 'true') decided += 1;
    }
    if (counter) counter.textContent = 'Decided ' + decided + ' / ' + panels.length;
    document.dispatchEvent(new CustomEvent('rubricate:decided'));
  }
  function decide(panel, button) {
    const name = reviewer();
    if (!name) {
      say('Enter your name under Reviewer first: it is saved with each decision.');
      if (nameInput) nameInput.focus();
      return;
    }
    say('');
    const key = panel.dataset.key;
    const note = panel.querySelector('[data-note]');
    const d = { decision: button.dataset.decide, reviewer: name, at: new Date().toISOString() };
    if (d.decision === 'rate') d.rating = Number(button.dataset.rating);
    const text = note ? note.value.trim() : '';
    if (text) d.note = text;
    if (panel.dataset.questionHash) d.questionHash = panel.dataset.questionHash;
    state.decisions[key] = d;
    save(runKey, state);
    update();
  }
  for (const panel of panels) {
    const text = panel.querySelector('.decision-state');
    if (text) text.dataset.initial = text.textContent;
    panel.addEventListener('click', (event) => {
      const target = event.target instanceof Element ? event.target.closest('button') : null;
      if (!target || target.disabled) return;
      if (target.hasAttribute('data-undo')) {
        delete state.decisions[panel.dataset.key];
        save(runKey, state);
        update();
      } else if (target.dataset.decide) {
        decide(panel, target);
      }
    });
    const note = panel.querySelector('[data-note]');
    if (note) {
      note.addEventListener('input', () => {
        const key = panel.dataset.key;
        const text = note.value.trim();
        state.notes[key] = text;
        const d = state.decisions[key];
        if (d) {
          if (text) d.note = text;
          else delete d.note;
        }
        save(runKey, state);
      });
      note.addEventListener('change', update);
    }
  }
  function exportLines() {
    const lines = [];
    for (const panel of panels) {
      const d = state.decisions[panel.dataset.key];
      if (!d) continue;
      const line = { item: panel.dataset.key, decision: d.decision };
      if (d.decision === 'rate') line.rating = d.rating;
      line.reviewer = d.reviewer;
      if (d.note) line.note = d.note;
      line.at = d.at;
      if (d.questionHash) line.questionHash = d.questionHash;
      lines.push(JSON.stringify(line));
    }
    return lines;
  }
  if (exportButton) {
    exportButton.addEventListener('click', () => {
      const lines = exportLines();
      if (lines.length === 0) {
        say('No decisions to export yet.');
        return;
      }
      const blob = new Blob([lines.join('\\n') + '\\n'], { type: 'application/x-ndjson' });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = 'decisions.jsonl';
      link.hidden = true;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
      say('Exported ' + lines.length + ' decision(s) as decisions.jsonl.');
    });
  }
  update();
})();`;
