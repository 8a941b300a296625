/**
 * The pictures a profile's map names for one spot of a step. Ids not bundled
 * yet are skipped (shownPictureIds), so a map can name pictures before they
 * are drawn.
 */
import { Figure, type IllustrationKey } from '../components/Figure';
import { illustrations } from '../illustrations';
import { shownPictureIds } from './pictures';
import { idpText } from './text';

export function StepPictures({ idp, slot }: { idp: string; slot: string }) {
  const ids = shownPictureIds(idpText(idp).pictures, slot, illustrations) as IllustrationKey[];
  return (
    <>
      {ids.map((id) => (
        <Figure key={id} id={id} />
      ))}
    </>
  );
}
