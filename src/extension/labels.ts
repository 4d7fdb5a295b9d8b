// Words the views show for engine values (claim types, change direction, approximation), in the
// editor's language; the server's hover uses the same bundle keys.
import * as vscode from 'vscode';
import type { DescribeWords } from '../core/output/describe';

export const describeWords = (): DescribeWords => ({
  approx: { over: vscode.l10n.t('more than'), under: vscode.l10n.t('less than'), about: vscode.l10n.t('about') },
  up: vscode.l10n.t('up'),
  down: vscode.l10n.t('down'),
});

const CLAIM_TYPES: Record<string, () => string> = {
  statistic: () => vscode.l10n.t('statistic'),
  ranking: () => vscode.l10n.t('ranking'),
  comparison: () => vscode.l10n.t('comparison'),
  award: () => vscode.l10n.t('award'),
  event: () => vscode.l10n.t('event'),
};

/** A claim type's label; a type a newer engine adds shows as it is named. */
export const claimTypeLabel = (type: string): string => CLAIM_TYPES[type]?.() ?? type;
