/**
 * The navigation half of the page's script (vanilla JS, inline): filters the review queue (by
 * question, reason and decision status) and opens an item reached from the heat map. It reads `data-*` attributes only, so no run data is ever placed
 * inside a script element. The page's CSP allows exactly its script by its hash.
 */
export const REPORT_SCRIPT = `(() => {
  'use strict';
  const byId = (id) => document.getElementById(id);
  const question = byId('filter-question');
  const reason = byId('filter-reason');
  const status = byId('filter-status');
  const count = byId('filter-count');
  const empty = byId('filter-empty');
  const items = Array.from(document.querySelectorAll('#review-queue .review-item'));
  function applyFilters() {
    let shown = 0;
    for (const item of items) {
      const q = !question || !question.value || item.dataset.question === question.value;
      const r = !reason || !reason.value || (item.dataset.reasons || '').split(' ').includes(reason.value);
      const decided = item.dataset.decided === 'true' || (item.dataset.decided === undefined && item.dataset.applied === 'true');
      const s = !status || !status.value || (status.value === 'decided') === decided;
      item.hidden = !(q && r && s);
      if (!item.hidden) shown += 1;
    }
    if (count) count.textContent = 'Showing ' + shown + ' of ' + items.length;
    if (empty) empty.hidden = shown !== 0;
  }
  function reveal(id) {
    const target = id ? byId(id) : null;
    if (!target) return;
    if (target.hidden) {
      if (question) question.value = '';
      if (reason) reason.value = '';
      if (status) status.value = '';
      applyFilters();
    }
    const details = target.closest('details');
    if (details) details.open = true;
  }
  const fromHash = (hash) => {
    try { return decodeURIComponent(hash.replace(/^#/, '')); } catch { return ''; }
  };
  if (question) question.addEventListener('change', applyFilters);
  if (reason) reason.addEventListener('change', applyFilters);
  if (status) status.addEventListener('change', applyFilters);
  document.addEventListener('rubricate:decided', applyFilters);
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href^="#item-"]') : null;
    if (link) reveal(fromHash(link.getAttribute('href') || ''));
  });
  window.addEventListener('hashchange', () => reveal(fromHash(location.hash)));
  window.addEventListener('beforeprint', () => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
  applyFilters();
  reveal(fromHash(location.hash));
})();`;
