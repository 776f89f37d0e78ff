/** Flag terms of the bundled rubric's API-resilience question, as the own-words detection tests pass them. */
export const RESILIENCE_TERMS: readonly string[] = [
  'idempotency',
  'backoff',
  'retries',
  'timeouts',
  'circuit',
  'breakers',
  'bulkheads',
  'handling',
];
