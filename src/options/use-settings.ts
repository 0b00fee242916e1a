import { useEffect, useState } from 'preact/hooks';
import type { send } from '../messaging/client';
import type { Settings } from '../settings/settings';
import type { SettingsChange } from '../settings/settings-change';
import { loadSettings, watchSettings } from '../settings/settings-store';
import type { Result } from '../shared/result';

export interface SettingsController {
  /** null until loaded. */
  settings: Settings | null;
  /** Sends one change to the background (the only writer) and shows the stored result. */
  change: (change: SettingsChange) => Promise<Result<Settings>>;
}

/** The reader's settings, read from extension storage and kept current when the popup changes them. */
export function useSettings(messenger: typeof send): SettingsController {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void loadSettings().then((loaded) => live && setSettings(loaded));
    const unwatch = watchSettings((next) => live && setSettings(next));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const change = async (next: SettingsChange) => {
    const result = await messenger({ type: 'update-settings', change: next });
    if (result.ok) setSettings(result.value);
    return result;
  };
  return { settings, change };
}
