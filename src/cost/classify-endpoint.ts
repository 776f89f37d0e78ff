/** Where an OpenAI-compatible endpoint runs, for pricing and cache keys. */
export type EndpointKind = 'openai' | 'azure' | 'local' | 'other';

/**
 * `openai` for the default endpoint, `azure` for Azure OpenAI, `local` for loopback and
 * private-network hosts (Ollama, vLLM, LM Studio, llama.cpp: no per-token bill), else `other`.
 */
export function classifyEndpoint(baseUrl: string | undefined): EndpointKind {
  if (baseUrl === undefined) return 'openai';
  let host: string;
  try {
    host = new URL(baseUrl).hostname.toLowerCase().replace(/^\[|\]$/g, '');
  } catch {
    return 'other';
  }
  if (host === 'api.openai.com') return 'openai';
  if (host.endsWith('.openai.azure.com')) return 'azure';
  return isLocalHost(host) ? 'local' : 'other';
}

/** The host (and port) of a base URL, for cache keys; undefined when it does not parse. */
export function endpointHost(baseUrl: string | undefined): string | undefined {
  if (baseUrl === undefined) return undefined;
  try {
    return new URL(baseUrl).host.toLowerCase();
  } catch {
    return undefined;
  }
}

function isLocalHost(host: string): boolean {
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local')) return true;
  if (host === '::1' || host === '0.0.0.0' || host.startsWith('fc') || host.startsWith('fd')) return true;
  const octets = host.split('.').map(Number);
  if (octets.length !== 4 || octets.some((o) => !Number.isInteger(o))) return false;
  const [a = -1, b = -1] = octets;
  return a === 127 || a === 10 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31);
}
