// User settings: what storage.sync holds, versioned so that older stored shapes migrate.
// The engine-facing part is EngineOptions; the rest is about where Attune runs.
import { DEFAULT_ENGINE_OPTIONS, type EngineOptions } from '../engine/types';

export const SETTINGS_VERSION = 1;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  engine: EngineOptions;
  /** Hostnames where the user switched Attune off. */
  disabledSites: string[];
  /** Extra origins the user granted (optional host permissions), e.g. "https://crm.example.com/*". */
  customSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  engine: DEFAULT_ENGINE_OPTIONS,
  disabledSites: [],
  customSites: [],
};

export const SETTINGS_STORAGE_KEY = 'attune.settings';
