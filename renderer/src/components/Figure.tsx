/**
 * One illustration of a screen the admin must touch: a thumbnail with a
 * caption; click or Enter opens it large in a dialog, Esc closes it.
 * The drawings carry their own accessible name and description (role="img").
 */
import { useState } from 'react';
import { illustrations } from '../illustrations';
import { Dialog } from './Dialog';

export type IllustrationKey = keyof typeof illustrations;

export function Figure({ id, caption }: { id: IllustrationKey; caption?: string }) {
  const [zoomed, setZoomed] = useState(false);
  const picture = illustrations[id];
  const Svg = picture.Svg;
  return (
    <figure className="figure">
      <button type="button" className="figure-zoom" onClick={() => setZoomed(true)} aria-haspopup="dialog">
        <span className="figure-image">
          <Svg className="illustration" />
        </span>
        <span className="figure-hint">Enlarge picture</span>
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
