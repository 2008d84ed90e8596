import { usePanel } from '@/lib/panel/use-panel';
import { strings } from '@/lib/panel/strings';
import { StatusMessage } from '@/components/StatusMessage';
import { Summary } from '@/components/Summary';

/** The body of the popup and of the side panel: the summary once the page has answered, a status until then. */
export function Popup() {
  const view = usePanel((s) => s.view);
  const surface = usePanel((s) => s.surface);
  const label = surface === 'sidepanel' ? strings.panelLabel : strings.popupLabel;
  return (
    <main className={`popup popup--${surface}`} aria-label={label} aria-busy={view.kind === 'loading'}>
      {view.kind === 'ready' ? <Summary /> : <StatusMessage view={view} />}
    </main>
  );
}
