/**
 * Zoom and pan. The drawing sits in a canvas scaled with a CSS transform; a
 * sizer around it takes the scaled size, so the viewport's scrollbars (and
 * scroll positions) match what is seen. Ctrl+wheel and the buttons zoom,
 * dragging pans; a drag never counts as a click on the drawing.
 */

export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 8;
const STEP = 1.25;
const DRAG_THRESHOLD = 4;

export interface ZoomElements {
  viewport: HTMLElement;
  sizer: HTMLElement;
  canvas: HTMLElement;
}

export interface ViewChanges {
  /** The zoom changed (and with it, usually, the scroll). */
  zoomed(zoom: number, scroll: { x: number; y: number }): void;
  /** Scrolled or panned. */
  scrolled(scroll: { x: number; y: number }): void;
  /** The reader zoomed with the wheel (before the zoom is applied): a zoom of their own, no longer fit to width. */
  wheeled?(): void;
}

export class ZoomPan {
  private level = 1;
  private dragged = false;

  constructor(
    private readonly elements: ZoomElements,
    private readonly changes: ViewChanges,
  ) {
    elements.viewport.addEventListener('wheel', (event) => this.onWheel(event), { passive: false });
    elements.viewport.addEventListener('pointerdown', (event) => this.onPointerDown(event));
    elements.viewport.addEventListener('scroll', () => changes.scrolled(this.scroll()));
  }

  get zoom(): number {
    return this.level;
  }

  /** True once after a drag: the click that ends a drag is not a click on the drawing. */
  consumeDrag(): boolean {
    const dragged = this.dragged;
    this.dragged = false;
    return dragged;
  }

  zoomIn(): void {
    this.zoomTo(this.level * STEP);
  }

  zoomOut(): void {
    this.zoomTo(this.level / STEP);
  }

  /** Zooms keeping the point under `anchor` (client coordinates; default the viewport's centre) in place. */
  zoomTo(level: number, anchor?: { x: number; y: number }): void {
    const { viewport } = this.elements;
    const box = viewport.getBoundingClientRect();
    const at = anchor ? { x: anchor.x - box.left, y: anchor.y - box.top } : { x: viewport.clientWidth / 2, y: viewport.clientHeight / 2 };
    const before = this.level;
    this.level = clamp(level);
    const ratio = this.level / before;
    this.layout();
    viewport.scrollLeft = (viewport.scrollLeft + at.x) * ratio - at.x;
    viewport.scrollTop = (viewport.scrollTop + at.y) * ratio - at.y;
    this.report();
  }

  /** After new content: apply `zoom` and scroll back to `scroll` (as far as the new drawing allows). */
  restore(zoom: number, scroll: { x: number; y: number }): void {
    this.level = clamp(zoom);
    this.layout();
    this.elements.viewport.scrollLeft = scroll.x;
    this.elements.viewport.scrollTop = scroll.y;
    this.report();
  }

  /** The zoom at which the canvas is as wide as the viewport, never above 1: a narrow drawing is not enlarged. */
  fitLevel(): number {
    const { viewport, canvas } = this.elements;
    const width = canvas.offsetWidth;
    return width > 0 ? clamp(Math.min(1, viewport.clientWidth / width)) : 1;
  }

  /** Sizes the sizer to the scaled canvas. The canvas's own size is its content's: transforms do not change layout. */
  layout(): void {
    const { sizer, canvas } = this.elements;
    canvas.style.transform = `scale(${this.level})`;
    sizer.style.width = `${Math.ceil(canvas.offsetWidth * this.level)}px`;
    sizer.style.height = `${Math.ceil(canvas.offsetHeight * this.level)}px`;
  }

  private scroll(): { x: number; y: number } {
    const { viewport } = this.elements;
    return { x: viewport.scrollLeft, y: viewport.scrollTop };
  }

  private report(): void {
    this.changes.zoomed(this.level, this.scroll());
  }

  private onWheel(event: WheelEvent): void {
    if (!event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    this.changes.wheeled?.();
    this.zoomTo(this.level * Math.exp(-event.deltaY * 0.002), { x: event.clientX, y: event.clientY });
  }

  private onPointerDown(event: PointerEvent): void {
    if (event.button !== 0 || (event.target instanceof Element && event.target.closest('button, select, input, a'))) return;
    const { viewport } = this.elements;
    const start = { x: event.clientX, y: event.clientY, left: viewport.scrollLeft, top: viewport.scrollTop };
    let dragging = false;
    this.dragged = false;
    const move = (moved: PointerEvent) => {
      const dx = moved.clientX - start.x;
      const dy = moved.clientY - start.y;
      if (!dragging && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      if (!dragging) {
        // Capture only once it is a drag: a captured pointer would retarget the click.
        dragging = true;
        viewport.setPointerCapture(event.pointerId);
        viewport.classList.add('rp-dragging');
      }
      viewport.scrollLeft = start.left - dx;
      viewport.scrollTop = start.top - dy;
    };
    const end = () => {
      viewport.removeEventListener('pointermove', move);
      viewport.removeEventListener('pointerup', end);
      viewport.removeEventListener('pointercancel', end);
      viewport.classList.remove('rp-dragging');
      this.dragged = dragging;
    };
    viewport.addEventListener('pointermove', move);
    viewport.addEventListener('pointerup', end);
    viewport.addEventListener('pointercancel', end);
  }
}

function clamp(level: number): number {
  return Number.isFinite(level) ? Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, level)) : 1;
}
