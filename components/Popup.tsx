import { usePanel } from '@/lib/panel/use-panel';
import { strings } from '@/lib/panel/strings';
import { StatusMessage } from '@/components/StatusMessage';
import { Summary } from '@/components/Summary';

/** The popup's body: the summary once the page has answered, a status message until then. */
export function Popup() {
  const view = usePanel((s) => s.view);
  return (
    <main className="popup" aria-label={strings.popupLabel} aria-busy={view.kind === 'loading'}>
      {view.kind === 'ready' ? <Summary analysis={view.analysis} /> : <StatusMessage view={view} />}
    </main>
  );
}
