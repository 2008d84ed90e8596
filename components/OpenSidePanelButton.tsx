import { usePanel } from '@/lib/panel/use-panel';
import { strings } from '@/lib/panel/strings';

/** In the popup: moves the summary to the side panel, which stays open while reading. */
export function OpenSidePanelButton() {
  const can = usePanel((s) => s.canOpenSidePanel);
  const open = usePanel((s) => s.openSidePanel);
  if (!can) return null;
  return (
    <div className="actions">
      <button
        type="button"
        className="button"
        title={strings.openSidePanelHint}
        onClick={() => {
          // Called synchronously from the click so the browser sees the user gesture.
          void open().then((opened) => {
            if (opened) window.close();
          });
        }}
      >
        <span className="button__icon button__icon--panel" aria-hidden="true" />
        {strings.openSidePanel}
      </button>
    </div>
  );
}
