import { z } from 'zod';
import { InputError } from '../errors.ts';
import { jsonLocator, validateJson } from './parse-json-text.ts';
import { validateMetadata } from './read-metadata.ts';
import type { TranscriptMetadata } from './schema.ts';
import { makeSegment, type Reading, SecondsSchema, SpeakerLabelSchema } from './segment.ts';

const NativeTurnSchema = z.object({
  speaker: SpeakerLabelSchema,
  text: z.string(),
  start: SecondsSchema,
  end: SecondsSchema,
  /** `inspect --json` writes roles per turn; reading them back keeps them. */
  role: z.enum(['interviewer', 'candidate', 'unknown']).optional(),
});

const NativeObjectSchema = z.object({ metadata: z.unknown().optional(), turns: z.array(NativeTurnSchema) });

type NativeTurn = z.infer<typeof NativeTurnSchema>;

/** Roles written on turns become metadata `roles`; one speaker with two roles is an error. */
function rolesOnTurns(
  turns: readonly NativeTurn[],
  text: string,
  file: string,
): Record<string, 'interviewer' | 'candidate'> {
  const roles: Record<string, 'interviewer' | 'candidate'> = {};
  turns.forEach((turn, index) => {
    const speaker = turn.speaker === null || turn.speaker === undefined ? '' : String(turn.speaker).trim();
    if (speaker === '' || turn.role === undefined || turn.role === 'unknown') return;
    const known = roles[speaker];
    if (known !== undefined && known !== turn.role) {
      const detail = `expected one role per speaker; turns[${index}] makes ${speaker} a ${turn.role}, an earlier turn a ${known}`;
      throw new InputError('transcript_invalid', file, jsonLocator(text)(['turns', index, 'role']), detail);
    }
    roles[speaker] = turn.role;
  });
  return roles;
}

/**
 * Our own JSON: `{ "metadata": {…}, "turns": [{ "speaker", "text", "start"?, "end"? }] }` (or just
 * the array of turns). Errors name the offending turn, e.g. `turns[3].text`.
 */
export function readNative(value: unknown, text: string, file: string): Reading {
  const what = 'transcript JSON `{ "metadata": {…}, "turns": [{ "speaker", "text", "start"?, "end"? }] }`';
  // Validated by shape rather than with a zod union, whose error would lose the turn's index.
  if (Array.isArray(value)) {
    const turns = validateJson(z.array(NativeTurnSchema), value, text, file, what);
    return withRoles(turns, {}, text, file);
  }
  const data = validateJson(NativeObjectSchema, value, text, file, what);
  const locate = jsonLocator(text);
  const embedded = validateMetadata(data.metadata, file, (path) => locate(['metadata', ...path]));
  return withRoles(data.turns, embedded, text, file);
}

function withRoles(
  turns: readonly NativeTurn[],
  embedded: TranscriptMetadata,
  text: string,
  file: string,
): Reading {
  const roles = rolesOnTurns(turns, text, file);
  const metadata: TranscriptMetadata =
    Object.keys(roles).length === 0 ? embedded : { ...embedded, roles: { ...roles, ...embedded.roles } };
  return { segments: turns.map((turn) => makeSegment(turn)), metadata };
}
