// Text selections in the review grid, in UTF-16 offsets into a segment's plain text. The rendered text carries <mark>
// elements for flags, so offsets are measured with a Range from the start of the segment's text element: its
// toString() is exactly the plain text, whatever marks split it.

function offsetIn(container, node, offset) {
    const range = document.createRange();
    range.setStart(container, 0);
    range.setEnd(node, offset);
    return range.toString().length;
}

// The selection inside one segment text of the grid as { segmentId, side, start, end }, or null.
function currentSelection(scroller) {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
        return null;
    }

    const range = selection.getRangeAt(0);
    const start = range.startContainer.nodeType === Node.ELEMENT_NODE ? range.startContainer : range.startContainer.parentElement;
    const container = start?.closest('.segment-text');
    const row = container?.closest('[data-segment-id]');
    if (!container || !row || !scroller.contains(row)) {
        return null;
    }

    const from = offsetIn(container, range.startContainer, range.startOffset);
    // A selection dragged past the end of the text (into the next cell) is cut at the end of this text.
    const to = container.contains(range.endContainer)
        ? offsetIn(container, range.endContainer, range.endOffset)
        : container.textContent.length;
    return to > from ? { segmentId: Number(row.dataset.segmentId), side: container.dataset.side, start: from, end: to } : null;
}

// Whether a row lies within the visible part of the grid's scroller.
function inView(scroller, row) {
    const box = row.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    return box.bottom > view.top && box.top < view.bottom;
}

export function trackSelections(scroller, dotnet) {
    let last = null;
    const onSelectionChange = () => {
        const selection = currentSelection(scroller);
        if (selection) {
            last = selection;
        }
    };
    // A click elsewhere in the grid forgets the selection; a click on a button (the row menu) keeps it for the flag.
    const onMouseDown = event => {
        if (!event.target.closest('button')) {
            last = null;
        }
    };
    // Releasing the mouse after selecting words in the target must not open the editor under the selection.
    const onClick = event => {
        if (event.target.closest('.c-target.editable') && currentSelection(scroller)) {
            event.stopPropagation();
        }
    };
    const onKeyDown = event => {
        if (!(event.ctrlKey && event.shiftKey && event.key.toLowerCase() === 'f')) {
            return;
        }
        const row = event.target.closest('[data-segment-id]');
        if (!row || !scroller.contains(row) || event.target.classList.contains('target-editor')) {
            return;
        }
        event.preventDefault();
        const id = Number(row.dataset.segmentId);
        const selection = currentSelection(scroller) ?? (last?.segmentId === id ? last : null);
        dotnet.invokeMethodAsync('OnFlagShortcutAsync', id, selection?.side ?? null, selection?.start ?? 0, selection?.end ?? 0);
    };

    document.addEventListener('selectionchange', onSelectionChange);
    scroller.addEventListener('mousedown', onMouseDown);
    scroller.addEventListener('click', onClick, true);
    scroller.addEventListener('keydown', onKeyDown);
    return {
        // The selection in the given segment, or the last one made in it before focus moved to its menu.
        selectionIn: id => {
            const selection = currentSelection(scroller) ?? last;
            return selection?.segmentId === id ? selection : null;
        },
        // Scrolls the virtualized grid until the segment's row is rendered and stays in view, then focuses it. Row
        // heights vary (badges, long text) and the grid may still be re-rendering after a filter change, so the scroll
        // position is estimated from the rows on screen and corrected until the row has stayed visible for a moment.
        reveal: async (id, index) => {
            let settled = 0;
            let focused = false;
            for (let attempt = 0; attempt < 60 && settled < 6; attempt++) {
                const row = scroller.querySelector(`[data-segment-id="${id}"]`);
                if (row && inView(scroller, row)) {
                    settled++;
                } else if (row) {
                    settled = 0;
                    row.scrollIntoView({ block: 'center' });
                } else {
                    settled = 0;
                    const rows = [...scroller.querySelectorAll('[data-segment-id]')];
                    const height = rows.length ? rows.reduce((sum, r) => sum + r.offsetHeight, 0) / rows.length : 64;
                    scroller.scrollTop = index * height;
                }
                // Focus the row once; afterwards only when a re-render dropped the focus, never taking it from
                // wherever the reviewer has moved it meanwhile.
                if (row && document.activeElement !== row && (!focused || document.activeElement === document.body)) {
                    row.focus({ preventScroll: true });
                    focused = true;
                }
                await new Promise(resolve => setTimeout(resolve, 100));
            }
            return settled > 0;
        },
        dispose: () => {
            document.removeEventListener('selectionchange', onSelectionChange);
            scroller.removeEventListener('mousedown', onMouseDown);
            scroller.removeEventListener('click', onClick, true);
            scroller.removeEventListener('keydown', onKeyDown);
        },
    };
}
