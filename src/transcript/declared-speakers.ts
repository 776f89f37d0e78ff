import type { TranscriptMetadata } from './schema.ts';

/** Speaker names the metadata declares (`roles` keys, `candidate`, `interviewer`). */
export function declaredSpeakers(metadata: TranscriptMetadata): string[] {
  const names = Object.keys(metadata.roles ?? {});
  if (typeof metadata.candidate === 'string') names.push(metadata.candidate);
  if (typeof metadata.interviewer === 'string') names.push(metadata.interviewer);
  return names;
}
