/**
 * The page's only script (vanilla JS, inline): filters the review queue and opens an item
 * reached from the heat map. It reads `data-*` attributes only, so no run data is ever placed
 * inside a script element. The page's CSP allows exactly this script by its hash.
 */
export const REPORT_SCRIPT = `(() => {
  'use strict';
  const byId = (id) => document.getElementById(id);
  const question = byId('filter-question');
  const reason = byId('filter-reason');
  const count = byId('filter-count');
  const empty = byId('filter-empty');
  const items = Array.from(document.querySelectorAll('#review-queue .review-item'));
  function applyFilters() {
    let shown = 0;
    for (const item of items) {
      const q = !question || !question.value || item.dataset.question === question.value;
      const r = !reason || !reason.value || (item.dataset.reasons || '').split(' ').includes(reason.value);
      item.hidden = !(q && r);
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
