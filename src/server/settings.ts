// Per-document settings in the language server: pulled from the client (workspace/configuration,
// scoped to the document, so folder settings apply), cached until the configuration changes.
import * as os from 'node:os';
import { t } from '@vscode/l10n';
import { DEFAULT_STATUSES } from '../core/annotations/model';
import { defaultSettings, readSettings, SETTINGS_SECTION, type PolicyLensSettings } from '../shared/settings';

function osUser(): string {
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return 'unknown'; // no user name on this system (some containers)
  }
}

/** The built-in statuses' labels, translated (a literal each, so the l10n check can see them). */
const BUILT_IN_LABELS: Record<string, () => string> = {
  unverified: () => t('Unverified'),
  verified: () => t('Verified'),
  'needs-source': () => t('Needs source'),
  disputed: () => t('Disputed'),
  false: () => t('False'),
};

export class DocumentSettings {
  private readonly cache = new Map<string, PolicyLensSettings>();
  private readonly defaultAuthor = osUser();
  private readonly warned = new Set<string>();
  /** Whether the client answers workspace/configuration; set from its capabilities on initialise. */
  canPull = false;

  constructor(
    private readonly pull: (uri: string, section: string) => Promise<unknown>,
    private readonly warn: (message: string) => void,
  ) {}

  /** The settings for `uri`, pulled when not cached. */
  async load(uri: string): Promise<PolicyLensSettings> {
    const cached = this.cache.get(uri);
    if (cached) return cached;
    let raw: unknown = undefined;
    if (this.canPull) {
      try {
        raw = await this.pull(uri, SETTINGS_SECTION);
      } catch (err) {
        this.warnOnce(`cannot read the settings: ${(err as Error).message}`);
      }
    }
    const settings = readSettings(raw, this.defaultAuthor, (m) => this.warnOnce(m));
    // the built-in statuses speak the editor's language; a newsroom's own labels are shown as written
    settings.statuses = settings.statuses.map((s) =>
      DEFAULT_STATUSES.some((d) => d.id === s.id && d.label === s.label) && BUILT_IN_LABELS[s.id]
        ? { ...s, label: BUILT_IN_LABELS[s.id]() }
        : s,
    );
    this.cache.set(uri, settings);
    return settings;
  }

  /** The settings last pulled for `uri`, or the defaults before the first pull. */
  get(uri: string): PolicyLensSettings {
    return this.cache.get(uri) ?? defaultSettings(this.defaultAuthor);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  /** The configuration changed: pull again on next use, and warn again about what is still wrong. */
  clear(): void {
    this.cache.clear();
    this.warned.clear();
  }

  private warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.warn(message);
  }
}
