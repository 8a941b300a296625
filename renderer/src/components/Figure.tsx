/**
 * One illustration of a screen the admin must touch: a thumbnail with a
 * caption; click or Enter opens it large in a dialog, Esc closes it.
 * The drawings show the admin's own values (org, Okta domain, client ID),
 * read here from the open configuration and what is being typed, so no step
 * screen has to pass them.
 * The drawings carry their own accessible name and description (role="img"),
 * exposed in the zoom dialog; the thumbnail is hidden from assistive technology
 * so field labels such as "Issuer URL" stay unique.
 */
import { useCallback, useMemo, useState } from 'react';
import { illustrations } from '../illustrations';
import { illustrationValues } from '../illustrations/illustration-values';
import { useApp } from '../state/store';
import { Dialog } from './Dialog';

export type IllustrationKey = keyof typeof illustrations;

export function Figure({ id, caption }: { id: IllustrationKey; caption?: string }) {
  const [zoomed, setZoomed] = useState(false);
  const config = useApp((s) => s.config);
  const draft = useApp((s) => s.draft);
  const values = useMemo(() => illustrationValues(config, draft), [config, draft]);
  const picture = illustrations[id];
  const Svg = picture.Svg;
  // The thumbnail's drawing names itself after the screen it shows (e.g. "… Issuer URL"); unlinking
  // that name keeps the form's labels unique for label-based lookups. The dialog keeps the full one.
  const unlinkName = useCallback((wrapper: HTMLSpanElement | null) => {
    const svg = wrapper?.querySelector('svg');
    if (!svg) return;
    svg.removeAttribute('aria-labelledby');
    svg.removeAttribute('aria-describedby');
    svg.removeAttribute('role');
  }, []);
  return (
    <figure className="figure">
      <button type="button" className="figure-zoom" onClick={() => setZoomed(true)} aria-haspopup="dialog">
        {/* The thumbnail is decorative for assistive technology: the button names it, the dialog describes it. */}
        <span className="figure-image figure-thumb" aria-hidden="true" ref={unlinkName}>
          <Svg className="illustration" values={values} />
          <svg className="figure-zoom-icon" viewBox="0 0 24 24" focusable="false">
            <circle cx="10.5" cy="10.5" r="6" />
            <path d="M15 15l5 5M10.5 8v5M8 10.5h5" />
          </svg>
        </span>
        {/* Named for assistive technology only: the caption below already shows the title. */}
        <span className="sr-only">Enlarge picture: {picture.title}</span>
      </button>
      <figcaption>{caption ?? picture.title}</figcaption>
      <Dialog open={zoomed} title={picture.title} onClose={() => setZoomed(false)} wide focusTitle>
        <div className="figure-image figure-image-large">
          <Svg className="illustration" values={values} />
        </div>
        <p className="figure-alt">{picture.alt(values)}</p>
      </Dialog>
    </figure>
  );
}
