import { RequestType } from 'vscode-languageserver-protocol';

/** Custom messages between client and server, declared once for both sides. */

export interface PackSummaryParams {
  uri: string;
}

export interface PackSummary {
  errors: number;
  warnings: number;
  /** The most loaded team-quarter, if any work is planned. */
  peak?: { team: string; quarter: string; utilisation: number };
}

/** The figures the status bar shows for the active pack. */
export const packSummaryRequest = new RequestType<PackSummaryParams, PackSummary | null, void>('roadmapPacks/packSummary');
