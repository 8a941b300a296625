/**
 * Building blocks shared by the setup illustrations: the frame (accessible
 * name and description), a browser bar, form controls, and the accent
 * highlight + numbered callout that marks what the admin must click.
 *
 * Every colour comes from a class in illustrations.css (custom properties,
 * light and dark); nothing here sets a style attribute or loads anything.
 */
import { useId, type JSX, type ReactNode } from 'react';
import type { IllustrationValues, Shown } from './illustration-values';

/**
 * The drawing's size. Text is 14 units or more (illustrations.css), so at the
 * smallest width a figure gets (480 px) it renders at 14 × 480 / 600 = 11.2 px.
 */
export const VIEW_W = 600;
export const VIEW_H = 420;
export const BROWSER_BAR_H = 30;
/** The smallest font size the CSS gives any text, in drawing units. */
export const MIN_FONT = 14;

/** Rough width of system-ui text, enough to size buttons and fields. */
export function textWidth(text: string, fontSize = MIN_FONT): number {
  return Math.ceil(text.length * fontSize * 0.56);
}

/** Rough width of monospace text (values such as URLs and IDs). */
export function monoWidth(text: string, fontSize = MIN_FONT): number {
  return Math.ceil(text.length * fontSize * 0.6);
}

/**
 * Whose screen a picture shows. A third-party console (Okta; Entra and Google
 * later) keeps its real light look in dark mode, since the admin never sees it
 * dark; the Hub's own screens follow the OS theme, as the Hub does.
 */
export type IllustrationTheme = 'third-party-light' | 'hub';

/** What every illustration component accepts. */
export interface IllustrationProps {
  className?: string | undefined;
  /** The admin's own values (org, issuer, client ID); placeholders are drawn for those absent. */
  values?: IllustrationValues | undefined;
  /**
   * Hidden from assistive technology, without title or description: for a
   * thumbnail whose surrounding button already names it (the enlarged view
   * shows the accessible version).
   */
  decorative?: boolean | undefined;
}

export function Frame(props: {
  title: string;
  alt: string;
  theme: IllustrationTheme;
  className?: string | undefined;
  decorative?: boolean | undefined;
  children: ReactNode;
}): JSX.Element {
  // useId keeps ids unique when the same picture is shown twice (inline and zoomed).
  const base = useId();
  const titleId = `${base}-title`;
  const descId = `${base}-desc`;
  const className = `ill ill-theme-${props.theme}${props.className ? ` ${props.className}` : ''}`;
  if (props.decorative) {
    return (
      <svg viewBox={`0 0 ${VIEW_W} ${VIEW_H}`} aria-hidden="true" className={className} focusable="false">
        <rect className="ill-bg" x={0} y={0} width={VIEW_W} height={VIEW_H} />
        {props.children}
      </svg>
    );
  }
  return (
    <svg
      viewBox={`0 0 ${VIEW_W} ${VIEW_H}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      className={className}
      focusable="false"
    >
      <title id={titleId}>{props.title}</title>
      <desc id={descId}>{props.alt}</desc>
      <rect className="ill-bg" x={0} y={0} width={VIEW_W} height={VIEW_H} />
      {props.children}
    </svg>
  );
}

/** A generic browser window top: three dots and the address (shown without scheme, as browsers do). */
export function BrowserBar(props: { address: string }): JSX.Element {
  return (
    <g>
      <rect className="ill-chrome" x={0} y={0} width={VIEW_W} height={BROWSER_BAR_H} />
      <circle className="ill-dot" cx={14} cy={15} r={4} />
      <circle className="ill-dot" cx={28} cy={15} r={4} />
      <circle className="ill-dot" cx={42} cy={15} r={4} />
      <rect className="ill-field" x={60} y={4} width={VIEW_W - 76} height={22} rx={11} />
      <text className="ill-t-small ill-t-muted" x={74} y={20} {...squeeze(props.address, VIEW_W - 104, textWidth)}>
        {props.address}
      </text>
    </g>
  );
}

export function Txt(props: { x: number; y: number; children: ReactNode; cls?: string; anchor?: 'start' | 'middle' | 'end' }): JSX.Element {
  return (
    <text x={props.x} y={props.y} className={props.cls} textAnchor={props.anchor}>
      {props.children}
    </text>
  );
}

/** The accent outline around the element to click. */
export function Highlight(props: { x: number; y: number; w: number; h: number }): JSX.Element {
  return <rect className="ill-highlight" x={props.x - 3} y={props.y - 3} width={props.w + 6} height={props.h + 6} rx={7} />;
}

/** A numbered accent disc; place it just outside the highlighted element. */
export function Callout(props: { x: number; y: number; n: number }): JSX.Element {
  return (
    <g>
      <circle className="ill-callout" cx={props.x} cy={props.y} r={13} />
      <circle className="ill-callout-ring" cx={props.x} cy={props.y} r={13} />
      <text className="ill-t-callout" x={props.x} y={props.y + 5} textAnchor="middle">
        {props.n}
      </text>
    </g>
  );
}

/**
 * Highlight plus callout beside the element (left, vertically centred), so the
 * callout never covers the element's label; on the right when there is no room.
 */
export function Mark(props: { x: number; y: number; w: number; h: number; n: number; side?: 'left' | 'right' | 'below' }): JSX.Element {
  const side = props.side ?? (props.x - 19 >= 13 ? 'left' : 'right');
  const cx = side === 'left' ? props.x - 19 : side === 'right' ? props.x + props.w + 19 : props.x + props.w / 2;
  const cy = side === 'below' ? props.y + props.h + 17 : props.y + props.h / 2;
  return (
    <g>
      <Highlight x={props.x} y={props.y} w={props.w} h={props.h} />
      <Callout x={cx} y={cy} n={props.n} />
    </g>
  );
}

export function Button(props: { x: number; y: number; label: string; kind?: 'primary' | 'secondary'; w?: number; h?: number }): JSX.Element {
  const w = props.w ?? textWidth(props.label) + 28;
  const h = props.h ?? 30;
  const primary = (props.kind ?? 'primary') === 'primary';
  return (
    <g>
      <rect className={primary ? 'ill-primary' : 'ill-secondary'} x={props.x} y={props.y} width={w} height={h} rx={5} />
      <text
        className={primary ? 'ill-t-on-primary' : 'ill-t-link ill-t-bold'}
        x={props.x + w / 2}
        y={props.y + h / 2 + 5}
        textAnchor="middle"
      >
        {props.label}
      </text>
    </g>
  );
}

/** A labelled text field: label above, box below (height 26). */
export function Field(props: {
  x: number;
  y: number;
  w: number;
  label?: string;
  /** A fixed value, or one of the admin's (an example placeholder is drawn as such). */
  value?: string | Shown;
  placeholder?: string;
  mono?: boolean;
  readOnly?: boolean;
}): JSX.Element {
  const boxY = props.label ? props.y + 8 : props.y;
  const value = typeof props.value === 'string' ? { text: props.value, example: false } : props.value;
  return (
    <g>
      {props.label ? (
        <text className="ill-t-small ill-t-bold" x={props.x} y={props.y}>
          {props.label}
        </text>
      ) : null}
      <rect className={props.readOnly ? 'ill-field-readonly' : 'ill-field'} x={props.x} y={boxY} width={props.w} height={FIELD_H} rx={4} />
      {value?.text ? (
        <Value x={props.x + 8} y={boxY + 19} value={value} mono={props.mono} maxW={props.w - 16} />
      ) : props.placeholder ? (
        <text className="ill-t-small ill-t-muted" x={props.x + 8} y={boxY + 19}>
          {props.placeholder}
        </text>
      ) : null}
    </g>
  );
}

/** Height of a field's box. */
export const FIELD_H = 28;

/**
 * Text that may be too long for its room (a long org name, a custom domain):
 * squeezed to fit rather than overflow; its font size stays the same.
 */
export function squeeze(text: string, maxW: number, measure: (t: string) => number): { textLength?: number; lengthAdjust?: 'spacingAndGlyphs' } {
  return measure(text) > maxW ? { textLength: maxW, lengthAdjust: 'spacingAndGlyphs' } : {};
}

/** One of the admin's values inside a picture; a placeholder is set in italics so it reads as an example. */
export function Value(props: { x: number; y: number; value: Shown; mono?: boolean | undefined; maxW?: number | undefined; cls?: string; anchor?: 'start' | 'middle' | 'end' }): JSX.Element {
  const classes = [props.mono ? 'ill-t-mono' : undefined, props.cls, props.value.example ? 'ill-t-example' : undefined].filter(Boolean).join(' ');
  const measure = props.mono ? monoWidth : textWidth;
  return (
    <text
      className={classes || undefined}
      x={props.x}
      y={props.y}
      textAnchor={props.anchor}
      {...(props.maxW === undefined ? {} : squeeze(props.value.text, props.maxW, (t) => measure(t)))}
    >
      {props.value.text}
    </text>
  );
}

export function Radio(props: { x: number; y: number; label: string; checked?: boolean; note?: string }): JSX.Element {
  return (
    <g>
      <circle className={props.checked ? 'ill-radio-on' : 'ill-radio'} cx={props.x + 7} cy={props.y - 4} r={7} />
      {props.checked ? <circle className="ill-radio-dot" cx={props.x + 7} cy={props.y - 4} r={3.5} /> : null}
      <text className={props.checked ? 'ill-t-bold' : undefined} x={props.x + 22} y={props.y}>
        {props.label}
      </text>
      {props.note ? (
        <text className="ill-t-small ill-t-muted" x={props.x + 22} y={props.y + 17}>
          {props.note}
        </text>
      ) : null}
    </g>
  );
}

export function Checkbox(props: { x: number; y: number; label: string; checked?: boolean }): JSX.Element {
  return (
    <g>
      <rect className={props.checked ? 'ill-primary' : 'ill-radio'} x={props.x} y={props.y - 11} width={14} height={14} rx={3} />
      {props.checked ? <path className="ill-check" d={`M${props.x + 3} ${props.y - 4} l3 3 l5 -6`} /> : null}
      <text x={props.x + 22} y={props.y}>
        {props.label}
      </text>
    </g>
  );
}

export function Toggle(props: { x: number; y: number; on: boolean }): JSX.Element {
  return (
    <g>
      <rect className={props.on ? 'ill-primary' : 'ill-placeholder'} x={props.x} y={props.y} width={40} height={22} rx={11} />
      <circle className="ill-panel-flat" cx={props.on ? props.x + 29 : props.x + 11} cy={props.y + 11} r={8} />
    </g>
  );
}

/** Two stacked squares: the usual "copy" icon. */
export function CopyIcon(props: { x: number; y: number }): JSX.Element {
  return (
    <g>
      <rect className="ill-icon" x={props.x + 4} y={props.y} width={10} height={12} rx={2} />
      <rect className="ill-icon" x={props.x} y={props.y + 4} width={10} height={12} rx={2} />
    </g>
  );
}

/** An eye: "show value". */
export function EyeIcon(props: { x: number; y: number }): JSX.Element {
  return (
    <g>
      <path className="ill-icon" d={`M${props.x} ${props.y + 6} q8 -8 16 0 q-8 8 -16 0 z`} />
      <circle className="ill-icon" cx={props.x + 8} cy={props.y + 6} r={2.5} />
    </g>
  );
}

/**
 * The Hugging Face mark as the Hub's header shows it: the yellow smiling face
 * with two hands (🤗), drawn for this app; centred on (cx, cy), `size` across.
 */
export function HfMark(props: { cx: number; cy: number; size: number }): JSX.Element {
  const s = props.size / 24;
  const x = (u: number) => props.cx + (u - 12) * s;
  const y = (u: number) => props.cy + (u - 12) * s;
  return (
    <g className="ill-hf-mark">
      <circle className="ill-hf-face" cx={x(12)} cy={y(11)} r={10 * s} />
      <circle className="ill-hf-eye" cx={x(8.4)} cy={y(8.6)} r={1.5 * s} />
      <circle className="ill-hf-eye" cx={x(15.6)} cy={y(8.6)} r={1.5 * s} />
      <path className="ill-hf-smile" d={`M${x(7)} ${y(12.2)} Q${x(12)} ${y(18)} ${x(17)} ${y(12.2)} Z`} />
      <ellipse className="ill-hf-hand" cx={x(4.6)} cy={y(17.4)} rx={3.4 * s} ry={2.6 * s} transform={`rotate(-35 ${x(4.6)} ${y(17.4)})`} />
      <ellipse className="ill-hf-hand" cx={x(19.4)} cy={y(17.4)} rx={3.4 * s} ry={2.6 * s} transform={`rotate(35 ${x(19.4)} ${y(17.4)})`} />
    </g>
  );
}

export function SuccessCheck(props: { x: number; y: number; label: string }): JSX.Element {
  return (
    <g>
      <circle className="ill-check-success" cx={props.x + 9} cy={props.y - 4} r={9} />
      <path className="ill-check-success" d={`M${props.x + 5} ${props.y - 4} l3 3 l5 -6`} />
      <text className="ill-t-success" x={props.x + 24} y={props.y}>
        {props.label}
      </text>
    </g>
  );
}

/** A drop-down (select) showing its chosen value, with the chevron at its right; height FIELD_H. */
export function Select(props: { x: number; y: number; w: number; value: string; label?: string }): JSX.Element {
  const boxY = props.label ? props.y + 8 : props.y;
  const cx = props.x + props.w - 16;
  return (
    <g>
      {props.label ? (
        <text className="ill-t-small ill-t-bold" x={props.x} y={props.y}>
          {props.label}
        </text>
      ) : null}
      <rect className="ill-field" x={props.x} y={boxY} width={props.w} height={FIELD_H} rx={4} />
      <text x={props.x + 8} y={boxY + 19} {...squeeze(props.value, props.w - 40, textWidth)}>
        {props.value}
      </text>
      <path className="ill-icon" d={`M${cx - 5} ${boxY + 12} l5 5 l5 -5`} />
    </g>
  );
}

/** The start of a long value as a console's read-only box shows it, cut with "…" to `maxChars`. */
export function truncated(text: string, maxChars: number): string {
  return text.length > maxChars ? `${text.slice(0, Math.max(1, maxChars - 1))}…` : text;
}
