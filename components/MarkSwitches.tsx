import { useEffect, useState } from 'react';
import { strings } from '@/lib/panel/strings';
import type { SafeItem } from '@/lib/storage/safe-item';
import { markBoilerplate, markDuplicates } from '@/lib/storage/items';

export interface MarkSettings {
  duplicates: Pick<SafeItem<boolean>, 'getValue' | 'setValue' | 'watch'>;
  boilerplate: Pick<SafeItem<boolean>, 'getValue' | 'setValue' | 'watch'>;
}

const STORED: MarkSettings = { duplicates: markDuplicates, boilerplate: markBoilerplate };

/** One stored boolean as a checkbox: null until read; follows changes made elsewhere (another popup). */
function useStoredFlag(item: MarkSettings['duplicates']) {
  const [value, setValue] = useState<boolean | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    void item.getValue().then((v) => live && setValue(v));
    const unwatch = item.watch((v) => setValue(v));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  const toggle = async () => {
    if (value === null) return;
    const next = !value;
    setValue(next);
    setFailed(false);
    try {
      await item.setValue(next);
    } catch {
      setValue(!next);
      setFailed(true);
    }
  };
  return { value, failed, toggle };
}

/**
 * Under the highlights switch: whether repeated passages and boilerplate get their own marks on the
 * page. The page follows the stored settings; they only matter while highlights are on.
 */
export function MarkSwitches({ active, settings = STORED }: { active: boolean; settings?: MarkSettings }) {
  const duplicates = useStoredFlag(settings.duplicates);
  const boilerplate = useStoredFlag(settings.boilerplate);
  const rows = [
    { flag: duplicates, label: strings.marksDuplicates },
    { flag: boilerplate, label: strings.marksBoilerplate },
  ];
  return (
    <div className="marks" role="group" aria-label={strings.marksGroup}>
      {rows.map(({ flag, label }) => (
        <label key={label} className="marks__item">
          <input type="checkbox" checked={flag.value ?? false} disabled={!active || flag.value === null} onChange={() => void flag.toggle()} />
          <span>{label}</span>
        </label>
      ))}
      {duplicates.failed || boilerplate.failed ? <p className="switch-row__note">{strings.marksFailed}</p> : null}
    </div>
  );
}
