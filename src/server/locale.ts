// The server's user-visible strings in the editor's language: the same l10n bundles as the
// client (l10n/bundle.l10n.<locale>.json), loaded with @vscode/l10n from beside dist/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';

/** Loads the bundle for `locale` (zh-cn, zh-CN, zh…), if the extension ships one; English otherwise. */
export function useLocale(locale: string | undefined, root = path.resolve(__dirname, '..')): void {
  if (!locale || locale.toLowerCase().startsWith('en')) return;
  const candidates = [locale.toLowerCase(), locale.toLowerCase().split('-')[0]];
  if (candidates[1] === 'zh') candidates.push('zh-cn');
  for (const c of candidates) {
    const file = path.join(root, 'l10n', `bundle.l10n.${c}.json`);
    if (fs.existsSync(file)) {
      l10n.config({ fsPath: file });
      return;
    }
  }
}
