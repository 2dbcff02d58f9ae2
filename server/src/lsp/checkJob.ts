import type { Diagnostic } from 'vscode-languageserver';
import { CheckOptions, checkDiagnosticsWithForecast, checkPack } from '../pack';
import { toLspDiagnostic } from './convert';
import { disk } from './platform/disk';
import { PackDigest, digestOf } from './packDigest';
import { Settings, toCheckOptions } from './settings';

/** A closed pack to check off the main thread: plain data, so it crosses to a worker as it is. */
export interface CheckJob {
  id: number;
  uri: string;
  text: string;
  settings: Settings;
}

/** What the first publish of a closed pack needs, and what the server keeps of it meanwhile. */
export interface CheckReply {
  id: number;
  diagnostics: Diagnostic[];
  digest: PackDigest;
}

/**
 * The options a pack is checked with, wherever it is checked: `brief:` paths
 * are looked up beside the pack. One function, so that a worker's check and
 * the PackStore's cannot drift apart.
 */
export function packOptions(settings: Settings, uri: string): Partial<CheckOptions> {
  return toCheckOptions(settings, (relative) => disk.existsBeside(uri, relative));
}

/**
 * A cold check of the job's text, reduced to its reply. A worker is off the
 * typing path, so its diagnostics include the forecast's (RP405), as
 * `roadmap-pack check`'s do: a closed pack is published once, whole.
 */
export function runCheckJob(job: CheckJob): CheckReply {
  const options = packOptions(job.settings, job.uri);
  const result = checkPack(job.text, options);
  return {
    id: job.id,
    diagnostics: checkDiagnosticsWithForecast(result, options).map((diagnostic) => toLspDiagnostic(job.uri, diagnostic)),
    digest: digestOf(result),
  };
}
