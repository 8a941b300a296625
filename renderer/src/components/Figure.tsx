/**
 * One illustration of a screen the admin must touch: a thumbnail with a
 * caption; click or Enter opens it large in a dialog, Esc closes it.
 * The drawings carry their own accessible name and description (role="img"),
 * exposed in the zoom dialog; the thumbnail is hidden from assistive technology
 * so field labels such as "Issuer URL" stay unique.
 */
import { useCallback, useState } from 'react';
import { illustrations } from '../illustrations';
import { Dialog } from './Dialog';

export type IllustrationKey = keyof typeof illustrations;

export function Figure({ id, caption }: { id: IllustrationKey; caption?: string }) {
  const [zoomed, setZoomed] = useState(false);
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
        <span className="figure-image" aria-hidden="true" ref={unlinkName}>
          <Svg className="illustration" />
        </span>
        <span className="figure-hint">Enlarge picture: {picture.title}</span>
      </button>
      <figcaption>{caption ?? picture.title}</figcaption>
      <Dialog open={zoomed} title={picture.title} onClose={() => setZoomed(false)} wide>
        <div className="figure-image figure-image-large">
          <Svg className="illustration" />
        </div>
        <p className="figure-alt">{picture.alt}</p>
      </Dialog>
    </figure>
  );
}
