// The text to flag is not editable, yet Shift+arrow keys must select in it (Chromium keeps no caret in a readonly
// textarea), so it stays writable and every edit is refused before it happens. A textarea's selection offsets are
// UTF-16 offsets into its value, which is the segment's plain text.
const prepared = new WeakSet();

export function placeSelection(textarea, start, end) {
    if (!prepared.has(textarea)) {
        prepared.add(textarea);
        textarea.addEventListener('beforeinput', e => e.preventDefault());
        textarea.addEventListener('drop', e => e.preventDefault());
    }
    textarea.setSelectionRange(start, end);
    textarea.focus();
}

export function selection(textarea) {
    return [textarea.selectionStart ?? 0, textarea.selectionEnd ?? 0];
}
