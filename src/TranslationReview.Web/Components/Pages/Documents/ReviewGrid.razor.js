// Keyboard handling for the review grid. Shortcuts the browser would otherwise take (Ctrl+Shift+R reloads)
// are cancelled here before they reach it, then passed to .NET with the row's segment id.
const stateKeys = new Set(['a', 'r', 'e']);

export function attach(scroller, dotnet) {
    const onKeyDown = event => {
        const row = event.target.closest('[data-segment-id]');
        if (!row || !scroller.contains(row)) {
            return;
        }

        const id = Number(row.dataset.segmentId);
        const key = event.key.toLowerCase();
        if (event.target.classList.contains('target-editor')) {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                dotnet.invokeMethodAsync('OnEditorSaveAsync', id, event.target.value);
            } else if (event.key === 'Escape') {
                event.preventDefault();
                dotnet.invokeMethodAsync('OnEditorCancelAsync', id);
            }
            return;
        }

        if (event.target !== row) {
            return;
        }

        if (event.ctrlKey && event.shiftKey && key === 'v') {
            event.preventDefault();
            dotnet.invokeMethodAsync('OnVersionsShortcutAsync', id);
            return;
        }

        if (event.ctrlKey && event.shiftKey && stateKeys.has(key)) {
            event.preventDefault();
            dotnet.invokeMethodAsync('OnStateShortcutAsync', id, key);
            return;
        }

        if (event.ctrlKey || event.altKey || event.metaKey) {
            return;
        }

        if (event.key === 'Enter') {
            event.preventDefault();
            dotnet.invokeMethodAsync('OnEditShortcutAsync', id);
        } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            const next = sibling(row, event.key === 'ArrowDown' ? 1 : -1);
            if (next) {
                next.focus();
                next.scrollIntoView({ block: 'nearest' });
            }
        }
    };

    scroller.addEventListener('keydown', onKeyDown);
    return {
        dispose: () => scroller.removeEventListener('keydown', onKeyDown),
    };
}

function sibling(row, direction) {
    let node = direction > 0 ? row.nextElementSibling : row.previousElementSibling;
    while (node && !node.dataset?.segmentId) {
        node = direction > 0 ? node.nextElementSibling : node.previousElementSibling;
    }
    return node;
}

export function neighbourId(scroller, id, direction) {
    const row = scroller.querySelector(`[data-segment-id="${id}"]`);
    const next = row ? sibling(row, direction) : null;
    return next ? Number(next.dataset.segmentId) : null;
}

export function focusRow(scroller, id) {
    const row = scroller.querySelector(`[data-segment-id="${id}"]`);
    if (row) {
        row.focus({ preventScroll: true });
        row.scrollIntoView({ block: 'nearest' });
    }
}

export function focusEditor(scroller) {
    const editor = scroller.querySelector('textarea.target-editor');
    if (editor) {
        editor.focus({ preventScroll: true });
        editor.scrollIntoView({ block: 'nearest' });
        editor.setSelectionRange(editor.value.length, editor.value.length);
    }
}

export function scrollToTop(scroller) {
    scroller.scrollTop = 0;
}

export function anchor(elementId) {
    const element = document.getElementById(elementId);
    const rect = element ? element.getBoundingClientRect() : { top: 0, bottom: 0, right: 0 };
    return { top: rect.top, bottom: rect.bottom, right: rect.right, viewportHeight: window.innerHeight };
}
