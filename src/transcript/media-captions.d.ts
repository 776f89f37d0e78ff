/**
 * Types for the parts of media-captions we use. The package ships its own `.d.ts` files, but they
 * re-export with extension-less relative paths, which `moduleResolution: NodeNext` cannot follow,
 * so every export would read as missing. These mirror media-captions 1.0.4's declarations.
 */
declare module 'media-captions' {
  export class VTTCue {
    id: string;
    startTime: number;
    endTime: number;
    text: string;
  }

  export interface ParseError extends Error {
    readonly code: number;
    readonly line: number;
  }

  export interface ParsedCaptionsResult {
    cues: VTTCue[];
    errors: ParseError[];
  }

  export interface ParseCaptionsOptions {
    strict?: boolean;
    errors?: boolean;
    type?: 'vtt' | 'srt' | 'ssa' | 'ass';
  }

  export function parseText(text: string, options?: ParseCaptionsOptions): Promise<ParsedCaptionsResult>;

  /** Seconds, or `null` when `timestamp` is not a WebVTT timestamp. */
  export function parseVTTTimestamp(timestamp: string): number | null;

  export interface VTTextNode {
    type: 'text';
    data: string;
  }

  export interface VTTBlockNode {
    type: 'c' | 'i' | 'b' | 'u' | 'ruby' | 'rt' | 'v' | 'lang' | 'timestamp';
    tagName: string;
    /** Set on `v` nodes: the speaker named by `<v Name>`. */
    voice?: string;
    children: VTTNode[];
  }

  export type VTTNode = VTTBlockNode | VTTextNode;

  export function tokenizeVTTCue(cue: VTTCue): VTTNode[];
}
